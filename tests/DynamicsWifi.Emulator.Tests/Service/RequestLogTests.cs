using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    [TestClass]
    public sealed class RequestLogTests
    {
        [TestMethod]
        public void EachRequest_IsRecordedWithItsCallsAndRows()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            service.Retrieve("cr_library", id, new ColumnSet("cr_name"));
            ServiceFaults.Of(() => service.Update(new Entity("cr_library", id) { ["cr_visits"] = -5 }));

            var records = emulator.Requests.Records;
            Assert.AreEqual(3, records.Count);
            Assert.AreEqual("1 Create cr_library", records[0].Calls.Single().ToString());
            Assert.AreEqual(1, records[0].RowsWritten);
            Assert.AreEqual("1 Retrieve cr_library", records[1].Calls.Single().ToString());
            Assert.IsTrue(records[1].RowsRead >= 1);
            Assert.IsFalse(records[2].Succeeded);
        }

        [TestMethod]
        public void Upsert_IsOneServiceCall()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);

            service.Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_name"] = "Central" } });

            Assert.AreEqual("1 Upsert cr_library", emulator.Requests.Records.Single().Calls.Single().ToString());
        }

        [TestMethod]
        public void CallsInsideATransaction_AreRecordedAsOneRequest()
        {
            var emulator = Emulators.Library();

            emulator.ExecuteInTransaction(emulator.SystemAdministratorId, service =>
            {
                service.Create(new Entity("cr_library") { ["cr_name"] = "A" });
                service.RetrieveMultiple(new QueryExpression("cr_library"));
            });

            var record = emulator.Requests.Records.Single();
            CollectionAssert.AreEqual(new[] { "Create", "RetrieveMultiple" }, record.Calls.Select(call => call.Message).ToArray());
        }
    }
}
