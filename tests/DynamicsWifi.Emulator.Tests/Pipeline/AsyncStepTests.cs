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
    /// <summary>Asynchronous steps run after the commit, from the queue, with what was captured at the operation.</summary>
    [TestClass]
    public sealed class AsyncStepTests
    {
        [TestMethod]
        public void AsyncStep_RunsOnlyWhenTheQueueIsDrainedWithTheImagesOfTheOperation()
        {
            var emulator = Library(Step("Update", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), mode: StepMode.Asynchronous, images: new[] { PostImage("cr_visits") }));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_visits"] = 1 });
            service.Update(new Entity("cr_library", id) { ["cr_visits"] = 2 });
            service.Update(new Entity("cr_library", id) { ["cr_name"] = "Renamed" });
            var beforeDrain = emulator.PluginTraces.Records.Count;

            var ran = emulator.RunAsyncJobs();

            Assert.AreEqual(0, beforeDrain);
            Assert.AreEqual(2, ran);
            var lines = LinesOf(emulator, nameof(TracingPlugin)).ToList();
            CollectionAssert.Contains(lines, "label= stage=40 depth=1 transaction=False");
            Assert.AreEqual(2, lines.Count(line => line == "post PostImage: cr_visits"));
            Assert.AreEqual(2, SystemJobs(service, 30).Count);
        }

        [TestMethod]
        public void RolledBackRequest_QueuesNothing()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), mode: StepMode.Asynchronous),
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(FailingPlugin), rank: 2, configuration: "abort"));

            ServiceFaults.Of(() => emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            Assert.AreEqual(0, emulator.RunAsyncJobs());
        }

        [TestMethod]
        public void RetryRequested_RunsAgainThenSucceeds()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(RetryingPlugin), mode: StepMode.Asynchronous, configuration: "2"));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var ran = emulator.RunAsyncJobs();

            Assert.AreEqual(3, ran);
            Assert.AreEqual(3, service.Retrieve("cr_library", id, new ColumnSet("cr_visits"))["cr_visits"]);
            var job = SystemJobs(service, 30).Single();
            Assert.AreEqual(2, job["retrycount"]);
        }

        [TestMethod]
        public void RetryRequestedEveryTime_FailsAfterFourAttempts()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(RetryingPlugin), mode: StepMode.Asynchronous, configuration: "100"));
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var ran = emulator.RunAsyncJobs();

            Assert.AreEqual(4, ran);
            var job = SystemJobs(service, 31).Single();
            Assert.AreEqual(4, job["retrycount"]);
            StringAssert.Contains((string)job["message"], "the receiver is down");
        }

        [TestMethod]
        public void FailureWithoutRetry_FailsTheJobAtOnce()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(FailingPlugin), mode: StepMode.Asynchronous, configuration: "abort"));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var ran = emulator.RunAsyncJobs();

            Assert.AreEqual(1, ran);
            Assert.AreEqual(1, SystemJobs(service, 31).Count);
            Assert.AreEqual("Central", service.Retrieve("cr_library", id, new ColumnSet("cr_name"))["cr_name"], "an async failure cannot undo the operation");
        }

        private static System.Collections.Generic.IList<Entity> SystemJobs(IOrganizationService service, int status)
        {
            var query = new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet("retrycount", "message", "statuscode") };
            query.Criteria.AddCondition("statuscode", ConditionOperator.Equal, status);
            return service.RetrieveMultiple(query).Entities;
        }
    }
}
