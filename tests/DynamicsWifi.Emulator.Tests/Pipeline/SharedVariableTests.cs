using System;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>What the steps of one operation share (learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables)
    /// and the request's optional tag parameter (learn.microsoft.com/power-apps/developer/data-platform/optional-parameters).</summary>
    [TestClass]
    public sealed class SharedVariableTests
    {
        [TestMethod]
        public void Tag_ReachesEveryStepOfTheOperation()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PreValidation, typeof(TracingPlugin), configuration: "validation"),
                Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin), configuration: "pre"),
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"),
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), mode: StepMode.Asynchronous, configuration: "async"));

            emulator.CreateOrganizationService(null).Execute(new CreateRequest { Target = new Entity("cr_library") { ["cr_name"] = "Central" }, ["tag"] = "import-42" });
            emulator.RunAsyncJobs();

            Assert.HasCount(4, emulator.PluginTraces.Records);
            Assert.IsTrue(emulator.PluginTraces.Records.All(record => record.Lines.Contains("tag=import-42")), string.Join(" | ", emulator.PluginTraces.Records.SelectMany(record => record.Lines)));
        }

        [TestMethod]
        public void RequestWithoutTag_GivesItsStepsNone()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin)));
            var service = emulator.CreateOrganizationService(null);
            service.Execute(new CreateRequest { Target = new Entity("cr_library") { ["cr_name"] = "Tagged" }, ["tag"] = "import-42" });

            service.Create(new Entity("cr_library") { ["cr_name"] = "Untagged" });

            Assert.IsFalse(emulator.PluginTraces.Records.Last().Lines.Any(line => line.StartsWith("tag=", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void TagOnACustomApiCall_IsAcceptedUndeclaredAndReachesItsSteps()
        {
            var emulator = Library(
                new[]
                {
                    Step("cr_Echo", string.Empty, PipelineStage.PreValidation, typeof(TracingPlugin), configuration: "validation"),
                    Step("cr_Echo", string.Empty, PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"),
                },
                new[] { Echo });

            var response = emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Text"] = "hi", ["tag"] = "portal" });

            Assert.AreEqual("hi", response["Echo"]);
            Assert.AreEqual(2, LinesOf(emulator, nameof(TracingPlugin)).Count(line => line == "tag=portal"));
        }

        [TestMethod]
        public void TagOnAnUpsert_ReachesTheCreateStepsItRuns()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PreOperation, typeof(TracingPlugin)));

            emulator.CreateOrganizationService(null).Execute(new UpsertRequest { Target = new Entity("cr_library", "cr_code", "C1") { ["cr_name"] = "Central" }, ["tag"] = "sync" });

            CollectionAssert.Contains(LinesOf(emulator, nameof(TracingPlugin)).ToList(), "tag=sync");
        }

        [TestMethod]
        public void CreatePreValidationVariable_IsReachedFromLaterStagesThroughParentContext()
        {
            var emulator = Library(
                Step("Create", "cr_library", PipelineStage.PreValidation, typeof(TracingPlugin), configuration: "share"),
                Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var post = emulator.PluginTraces.Records.Last().Lines;
            CollectionAssert.Contains(post.ToList(), "parent-shared=from pre-validation");
            CollectionAssert.DoesNotContain(post.ToList(), "shared=from pre-validation");
        }

        [TestMethod]
        public void CustomApiPreValidationVariable_IsSeenDirectlyByLaterStages()
        {
            var emulator = Library(
                new[]
                {
                    Step("cr_Echo", string.Empty, PipelineStage.PreValidation, typeof(TracingPlugin), configuration: "share"),
                    Step("cr_Echo", string.Empty, PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"),
                },
                new[] { Echo });

            emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Text"] = "hi" });

            CollectionAssert.Contains(emulator.PluginTraces.Records.Last().Lines.ToList(), "shared=from pre-validation");
        }
    }
}
