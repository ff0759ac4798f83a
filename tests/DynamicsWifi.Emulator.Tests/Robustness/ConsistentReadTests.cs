using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>A Retrieve by alternate key is one read, as Dataverse's one SQL statement is: the row it returns holds
    /// the key value it was found by, however often another caller changes that key meanwhile.</summary>
    [TestClass]
    public sealed class ConsistentReadTests
    {
        [TestMethod]
        public void RetrieveByKeyWhileTheKeyChanges_ReturnsOnlyRowsHoldingThatKey()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "A" });
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(() =>
            {
                for (var round = 0; !stop.IsCancellationRequested; round++)
                {
                    service.Update(new Entity("cr_library", id) { ["cr_code"] = round % 2 == 0 ? "B" : "A" });
                }
            });
            var mismatches = 0;
            var found = 0;

            for (var read = 0; read < 3000; read++)
            {
                try
                {
                    var row = ((RetrieveResponse)service.Execute(new RetrieveRequest
                    {
                        Target = new EntityReference("cr_library", "cr_code", "A"),
                        ColumnSet = new ColumnSet("cr_code"),
                    })).Entity;
                    found++;
                    mismatches += row.GetAttributeValue<string>("cr_code") == "A" ? 0 : 1;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == ServiceFaults.Code(0x80060891))
                {
                    // The key held "B" at that moment: not found is a consistent answer.
                }
            }

            stop.Cancel();
            writer.Wait();
            Assert.AreEqual(0, mismatches, $"{mismatches} of {found} rows found by cr_code 'A' held another code");
        }
    }
}
