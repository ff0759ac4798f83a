using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    [TestClass]
    public sealed class UpsertTests
    {
        [TestMethod]
        public void ByAlternateKey_CreatesThenUpdates()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var first = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_name"] = "Central" } });
            var second = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_visits"] = 7 } });

            Assert.IsTrue(first.RecordCreated);
            Assert.IsFalse(second.RecordCreated);
            Assert.AreEqual(first.Target.Id, second.Target.Id);
            var row = service.Retrieve("cr_library", first.Target.Id, new ColumnSet("cr_name", "cr_code", "cr_visits"));
            Assert.AreEqual("Central", row["cr_name"]);
            Assert.AreEqual("C1", row["cr_code"]);
            Assert.AreEqual(7, row["cr_visits"]);
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void ById_CreatesWithThatIdThenUpdates()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = Guid.NewGuid();

            var first = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity("cr_library", id) { ["cr_name"] = "Central" } });
            var second = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity("cr_library", id) { ["cr_name"] = "Renamed" } });

            Assert.IsTrue(first.RecordCreated);
            Assert.IsFalse(second.RecordCreated);
            Assert.AreEqual(id, second.Target.Id);
            Assert.AreEqual("Renamed", service.Retrieve("cr_library", id, new ColumnSet("cr_name"))["cr_name"]);
        }

        [TestMethod]
        public void ByAKeyTheTableDoesNotDefine_IsRefusedWithEntityKeyNotDefined()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_name", "Central") }));

            Assert.AreEqual(ServiceFaults.Code(0x80060890), fault.ErrorCode);
        }
    }
}
