using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static DynamicsWifi.Emulator.Tests.Pipeline.MergedPipelineTests;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;
using static DynamicsWifi.Emulator.Tests.Security.SecurityRegistrations;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>A delete that cascades runs the steps registered on the rows it reaches: Delete on each child it deletes
    /// (Cascade), Update on each child it unlinks (RemoveLink), as messages the platform sends in the same transaction with
    /// its own rights, as the caller, with the parent's Delete as their parent context. In the library solution cr_library
    /// cascades to cr_book and removes the link of cr_note.</summary>
    [TestClass]
    public sealed class CascadeStepTests
    {
        [TestMethod]
        public void CascadeDelete_RunsTheDeleteStepsOfEachChildWithItsPreImage()
        {
            var emulator = Library(Step("Delete", "cr_book", PipelineStage.PreOperation, typeof(ContextRecordingPlugin), images: PreImage("cr_name", "cr_libraryid")));
            var service = emulator.CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            Book(service, library, "Dune");
            Book(service, library, "Emma");

            service.Delete("cr_library", library);

            var executions = Executions(emulator);
            Assert.HasCount(2, executions);
            Assert.IsTrue(executions.All(lines => lines.Contains("message=Delete table=cr_book stage=20 depth=1")));
            Assert.IsTrue(executions.All(lines => lines.Contains("pre=PreImage:cr_libraryid,cr_name")));
            Assert.IsTrue(executions.All(lines => lines.Contains("parents=Delete cr_book 10<Delete cr_library 30<Delete cr_library 10")));
        }

        [TestMethod]
        public void RemoveLink_RunsTheUpdateStepsOfEachChildWithTheClearedLookup()
        {
            var emulator = Library(Step("Update", "cr_note", PipelineStage.PostOperation, typeof(ContextRecordingPlugin),
                filteringAttributes: new[] { "cr_libraryid" }, images: PreImage("cr_libraryid")));
            var service = emulator.CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            service.Create(new Entity("cr_note") { ["cr_name"] = "Note", ["cr_libraryid"] = new EntityReference("cr_library", library) });

            service.Delete("cr_library", library);

            var lines = Executions(emulator).Single();
            CollectionAssert.Contains(lines, "message=Update table=cr_note stage=40 depth=1");
            CollectionAssert.Contains(lines, "target=cr_libraryid");
            CollectionAssert.Contains(lines, "pre=PreImage:cr_libraryid");
        }

        [TestMethod]
        public void RemoveLink_AlsoRunsTheUpdateMultipleStepsOfTheChild()
        {
            var emulator = Library(Step("UpdateMultiple", "cr_note", PipelineStage.PreOperation, typeof(ContextRecordingPlugin)));
            var service = emulator.CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            service.Create(new Entity("cr_note") { ["cr_name"] = "Note", ["cr_libraryid"] = new EntityReference("cr_library", library) });

            service.Delete("cr_library", library);

            CollectionAssert.Contains(Executions(emulator).Single(), "targets=1 cr_note");
        }

        [TestMethod]
        public void AChildStepThatFails_RefusesTheWholeDelete()
        {
            var emulator = Library(Step("Delete", "cr_book", PipelineStage.PostOperation, typeof(FailingPlugin), configuration: "abort"));
            var service = emulator.CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            Book(service, library, "Dune");

            var fault = ServiceFaults.Of(() => service.Delete("cr_library", library));

            StringAssert.StartsWith(fault.Message, "TEST_REFUSED");
            Assert.HasCount(1, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities);
            Assert.HasCount(1, service.RetrieveMultiple(new QueryExpression("cr_book")).Entities);
        }

        [TestMethod]
        public void ChildSteps_RunAsTheCallerWhoseRightsReachOnlyTheParent()
        {
            var emulator = Library(
                new[] { Step("Delete", "cr_book", PipelineStage.PreOperation, typeof(ContextRecordingPlugin)) },
                System.Array.Empty<CustomApiDefinition>(),
                Role("Library keeper", All("cr_library", PrivilegeDepth.Global)));
            var keeper = emulator.CreateUser("Keeper", "Library keeper");
            var system = emulator.CreateOrganizationService(null);
            var library = system.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            Book(system, library, "Dune");

            emulator.CreateOrganizationService(keeper).Delete("cr_library", library);

            CollectionAssert.Contains(Executions(emulator).Single(), "user=" + keeper);
            Assert.IsEmpty(system.RetrieveMultiple(new QueryExpression("cr_book")).Entities);
        }

        private static void Book(IOrganizationService service, System.Guid library, string name) =>
            service.Create(new Entity("cr_book") { ["cr_name"] = name, ["cr_libraryid"] = new EntityReference("cr_library", library) });
    }
}
