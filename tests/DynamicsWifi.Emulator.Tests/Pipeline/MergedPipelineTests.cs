using System.Collections.Generic;
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
    /// <summary>Dataverse merges the pipelines of Create and CreateMultiple, Update and UpdateMultiple (Learn, "Use bulk
    /// operation messages", message pipelines merged): a single Create or Update also raises the bulk message with a
    /// Targets collection of one, and a bulk message raises the single one per item; each step runs once, seeing its own
    /// message's parameters and, for the bulk messages, one image collection per Target.</summary>
    [TestClass]
    public sealed class MergedPipelineTests
    {
        [TestMethod]
        public void SingleCreate_RunsTheCreateMultipleStepsWithATargetsCollectionOfOne()
        {
            var emulator = Library(Step("CreateMultiple", "cr_library", PipelineStage.PreOperation, typeof(ContextRecordingPlugin)));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var lines = Executions(emulator).Single();
            CollectionAssert.Contains(lines, "message=CreateMultiple table=cr_library stage=20 depth=1");
            CollectionAssert.Contains(lines, "targets=1 cr_library");
            CollectionAssert.Contains(lines, "pre=", "one empty image collection, for the one Target");
        }

        [TestMethod]
        public void CreateMultiplePreOperationChangeToItsTarget_IsWhatASingleCreateSaves()
        {
            var emulator = Library(Step("CreateMultiple", "cr_library", PipelineStage.PreOperation, typeof(ContextRecordingPlugin), configuration: "stamp"));
            var service = emulator.CreateOrganizationService(null);

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            Assert.AreEqual(42, service.Retrieve("cr_library", id, new ColumnSet("cr_visits"))["cr_visits"]);
        }

        [TestMethod]
        public void SingleCreate_GivesTheCreateMultiplePostOperationStepItsIdAsIds()
        {
            var emulator = Library(Step("CreateMultiple", "cr_library", PipelineStage.PostOperation, typeof(ContextRecordingPlugin), images: PostImage("cr_name")));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var lines = Executions(emulator).Single();
            CollectionAssert.Contains(lines, "outputs=Ids");
            CollectionAssert.Contains(lines, "post=PostImage:cr_name");
            CollectionAssert.Contains(lines, "single-pre=", "bulk steps find their images in the collections");
        }

        [TestMethod]
        public void SingleUpdate_RunsTheUpdateMultipleStepOnlyWhenItsTargetHoldsAFilteringAttribute()
        {
            var emulator = Library(Step("UpdateMultiple", "cr_library", PipelineStage.PostOperation, typeof(ContextRecordingPlugin),
                filteringAttributes: new[] { "cr_code" }, images: PreImage("cr_name")));
            var service = emulator.CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            service.Update(new Entity("cr_library", id) { ["cr_visits"] = 1 });
            var afterUnfiltered = Executions(emulator).Count;
            service.Update(new Entity("cr_library", id) { ["cr_code"] = "C1" });

            Assert.AreEqual(0, afterUnfiltered);
            var lines = Executions(emulator).Single();
            CollectionAssert.Contains(lines, "message=UpdateMultiple table=cr_library stage=40 depth=1");
            CollectionAssert.Contains(lines, "targets=1 cr_library");
            CollectionAssert.Contains(lines, "pre=PreImage:cr_name");
        }

        [TestMethod]
        public void CreateMultiple_RunsItsOwnStepOnceAndTheCreateStepPerItem()
        {
            var emulator = Library(
                Step("CreateMultiple", "cr_library", PipelineStage.PreOperation, typeof(ContextRecordingPlugin)),
                Step("Create", "cr_library", PipelineStage.PreOperation, typeof(ContextRecordingPlugin)));

            emulator.CreateOrganizationService(null).Execute(new CreateMultipleRequest { Targets = Libraries("A", "B", "C") });

            var messages = Executions(emulator).Select(lines => lines[0].Split(' ')[0]).ToList();
            Assert.AreEqual(1, messages.Count(message => message == "message=CreateMultiple"));
            Assert.AreEqual(3, messages.Count(message => message == "message=Create"));
            CollectionAssert.Contains(Executions(emulator).First(lines => lines[0].StartsWith("message=CreateMultiple")), "targets=3 cr_library");
        }

        [TestMethod]
        public void UpdateMultiple_GivesOneImageCollectionPerTargetAndRunsWhenAnyTargetHoldsAFilteringAttribute()
        {
            var emulator = Library(Step("UpdateMultiple", "cr_library", PipelineStage.PreOperation, typeof(ContextRecordingPlugin),
                filteringAttributes: new[] { "cr_code" }, images: PreImage("cr_name")));
            var service = emulator.CreateOrganizationService(null);
            var ids = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = Libraries("A", "B") })).Ids;

            service.Execute(new UpdateMultipleRequest
            {
                Targets = new EntityCollection(new List<Entity>
                {
                    new("cr_library", ids[0]) { ["cr_visits"] = 1 },
                    new("cr_library", ids[1]) { ["cr_code"] = "B1" },
                }) { EntityName = "cr_library" },
            });

            var lines = Executions(emulator).Single();
            CollectionAssert.Contains(lines, "targets=2 cr_library");
            CollectionAssert.Contains(lines, "pre=PreImage:cr_name|PreImage:cr_name");
        }

        [TestMethod]
        public void UpsertThatCreates_RunsTheCreateMultipleStepOnce()
        {
            var emulator = Library(Step("CreateMultiple", "cr_library", PipelineStage.PostOperation, typeof(ContextRecordingPlugin)));

            emulator.CreateOrganizationService(null).Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_name"] = "Central" } });

            var lines = Executions(emulator).Single();
            CollectionAssert.Contains(lines, "message=CreateMultiple table=cr_library stage=40 depth=1");
            CollectionAssert.Contains(lines, "parents=Create cr_library 10<Upsert cr_library 30");
        }

        internal static List<string[]> Executions(DataverseEmulator emulator) => emulator.PluginTraces.Records
            .Where(record => record.TypeName.EndsWith(nameof(ContextRecordingPlugin), System.StringComparison.Ordinal))
            .Select(record => record.Lines.ToArray())
            .ToList();

        private static EntityCollection Libraries(params string[] names) =>
            new(names.Select(name => new Entity("cr_library") { ["cr_name"] = name }).ToList()) { EntityName = "cr_library" };
    }
}
