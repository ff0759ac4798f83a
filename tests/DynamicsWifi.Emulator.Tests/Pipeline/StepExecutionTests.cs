using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>Steps run from their registrations: stage, rank, filtering attributes, images, shared variables.</summary>
    [TestClass]
    public sealed class StepExecutionTests
    {
        [TestMethod]
        public void Steps_RunInStageThenRankOrder()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), rank: 1, configuration: "post"),
                Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin), rank: 2, configuration: "pre-2"),
                Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin), rank: 1, configuration: "pre-1"),
                Step("Create", "cr_library", PipelineStage.PreValidation, typeof(TracingPlugin), rank: 9, configuration: "validation"));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var labels = emulator.PluginTraces.Records.Select(record => record.Lines[0].Split(' ')[0]).ToArray();
            CollectionAssert.AreEqual(new[] { "label=validation", "label=pre-1", "label=pre-2", "label=post" }, labels);
        }

        [TestMethod]
        public void PreValidationOfACallersRequest_RunsOutsideTheTransaction()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PreValidation, typeof(TracingPlugin), configuration: "validation"),
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            StringAssert.Contains(emulator.PluginTraces.Records[0].Lines[0], "transaction=False");
            StringAssert.Contains(emulator.PluginTraces.Records[1].Lines[0], "transaction=True");
        }

        [TestMethod]
        public void UpdateOfAnUnfilteredColumn_DoesNotRunTheStep()
        {
            var emulator = Library(Step("Update", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin), filteringAttributes: new[] { "cr_code" }));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            service.Update(new Entity("cr_library", id) { ["cr_visits"] = 1 });
            var afterUnfiltered = emulator.PluginTraces.Records.Count;
            service.Update(new Entity("cr_library", id) { ["cr_code"] = "C1" });

            Assert.AreEqual(0, afterUnfiltered);
            Assert.AreEqual(1, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void Images_HoldExactlyTheRegisteredColumns()
        {
            var emulator = Library(Step(
                "Update", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin),
                images: new[] { PreImage("cr_name", "cr_visits"), PostImage("cr_visits") }));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "C1", ["cr_visits"] = 1 });

            service.Update(new Entity("cr_library", id) { ["cr_visits"] = 2 });

            var lines = LinesOf(emulator, nameof(TracingPlugin)).ToList();
            CollectionAssert.Contains(lines, "pre PreImage: cr_name,cr_visits");
            CollectionAssert.Contains(lines, "post PostImage: cr_visits");
        }

        [TestMethod]
        public void UpdateByAlternateKey_GivesThePostImageOfTheRowItAddresses()
        {
            var emulator = Library(Step("Update", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), images: PostImage("cr_visits")));
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "C1", ["cr_visits"] = 1 });

            service.Update(new Entity("cr_library", "cr_code", "C1") { ["cr_visits"] = 2 });

            CollectionAssert.Contains(LinesOf(emulator, nameof(TracingPlugin)).ToList(), "post PostImage: cr_visits");
        }

        [TestMethod]
        public void SharedVariables_PassFromPreToPostOperation()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin), configuration: "share"),
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            CollectionAssert.Contains(emulator.PluginTraces.Records.Last().Lines.ToList(), "shared=from pre-operation");
        }

        [TestMethod]
        public void CreateMultipleOfAHundred_RunsTheCreateStepsForEachItem()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin)));
            var targets = new EntityCollection(Enumerable.Range(0, 100).Select(i => new Entity("cr_library") { ["cr_name"] = "L" + i }).ToList()) { EntityName = "cr_library" };

            emulator.CreateOrganizationService(null).Execute(new CreateMultipleRequest { Targets = targets });

            Assert.AreEqual(100, emulator.PluginTraces.Records.Count(record => record.Message == "Create"));
        }

        [TestMethod]
        public void UpsertOfANewThenAnExistingRow_RunsCreateThenUpdateSteps()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin)),
                Step("Update", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin)));
            var service = emulator.CreateOrganizationService(null);

            service.Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_name"] = "Central" } });
            service.Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_visits"] = 3 } });

            CollectionAssert.AreEqual(new[] { "Create", "Update" }, emulator.PluginTraces.Records.Select(record => record.Message).ToArray());
        }

        [TestMethod]
        public void PreOperationChangeToTheTarget_IsWhatGetsSaved()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PreOperation, typeof(FieldStatePlugin)));
            var service = emulator.CreateOrganizationService(null);

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            Assert.AreEqual("Central", service.Retrieve("cr_library", id, new ColumnSet("cr_code"))["cr_code"]);
        }
    }
}
