using System;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>What a failing plug-in does to the request, as in Dataverse (DATAVERSE-FACTS.md 1.1, 2.2, 2.3).</summary>
    [TestClass]
    public sealed class FailureTests
    {
        [TestMethod]
        public void PostOperationRefusal_RollsBackTheMainWriteAndReachesTheCallerAsIsvAborted()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(FailingPlugin), configuration: "abort"));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040265), fault.ErrorCode);
            Assert.AreEqual("TEST_REFUSED: the test plug-in refuses this row.", fault.Message);
            StringAssert.Contains(fault.TraceText, "about to fail");
            Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void OtherException_ReachesTheCallerAsIsvUnExpected()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PreOperation, typeof(FailingPlugin), configuration: "bug"));

            var fault = ServiceFaults.Of(() => emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040224), fault.ErrorCode);
            Assert.AreEqual("An unexpected error occurred from ISV code.", fault.Message);
        }

        [TestMethod]
        public void CaughtInnerFailure_StillFailsTheRequestAndRollsItBack()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(SwallowingPlugin)));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(0x8009000C), fault.ErrorCode);
            Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void SelfTriggeringStep_IsStoppedByTheDepthLimit()
        {
            var emulator = Library(Step("Update", "cr_library", PipelineStage.PostOperation, typeof(LoopingPlugin)));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_visits"] = 0 });

            var fault = ServiceFaults.Of(() => service.Update(new Entity("cr_library", id) { ["cr_visits"] = 1 }));

            Assert.AreEqual(ServiceFaults.Code(0x80044182), fault.ErrorCode);
            Assert.AreEqual(8, emulator.PluginTraces.Records.Max(record => record.Depth));
            Assert.AreEqual(0, service.Retrieve("cr_library", id, new ColumnSet("cr_visits"))["cr_visits"]);
        }

        [TestMethod]
        public void PluginKeepingStateInAField_MisbehavesUnderEightParallelCallers()
        {
            const int callers = 8;
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PreOperation, typeof(FieldStatePlugin)));
            var service = emulator.CreateOrganizationService(null);
            var faults = new int[callers];
            FieldStatePlugin.Rendezvous = new System.Threading.Barrier(callers);
            try
            {
                // One thread per caller, all inside the plug-in at once: each stores its row in the one shared instance's
                // field before any reads it back, so all read the same row.
                var threads = Enumerable.Range(0, callers).Select(i => new System.Threading.Thread(() =>
                {
                    try
                    {
                        service.Create(new Entity("cr_library") { ["cr_name"] = "Library " + i });
                    }
                    catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
                    {
                        faults[i] = fault.Detail.ErrorCode;
                    }
                })).ToList();
                threads.ForEach(thread => thread.Start());
                threads.ForEach(thread => thread.Join());
            }
            finally
            {
                FieldStatePlugin.Rendezvous = null;
            }

            // Eight rows given one code by the shared field: one is saved, seven collide on the cr_code key.
            var rows = service.RetrieveMultiple(new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name", "cr_code") }).Entities;
            Assert.AreEqual(1, rows.Count, "one shared instance mixes the callers' rows, as in Dataverse");
            Assert.AreEqual(callers - 1, faults.Count(code => code == ServiceFaults.Code(0x80060892)));
        }
    }
}
