using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    [TestClass]
    public sealed class CustomApiTests
    {
        private static readonly CustomApiDefinition Announced = new(
            "cr_OnLibraryOpened", 0, null, false, false, 1, null, null,
            new[] { new CustomApiField("Name", CustomApiFieldType.String, null, false) },
            Array.Empty<CustomApiField>());

        [TestMethod]
        public void Call_RunsTheMainPluginAndReturnsItsResponseProperties()
        {
            var emulator = Library(Array.Empty<StepRegistration>(), new[] { Echo });

            var response = emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Text"] = "hello" });

            Assert.AreEqual("hello", response["Echo"]);
            Assert.AreEqual(5, response["Length"]);
            Assert.AreEqual("cr_Echo", response.ResponseName);
        }

        [TestMethod]
        public void MissingRequiredParameter_IsRefusedBeforeAnyPluginRuns()
        {
            var emulator = Library(new[] { Step("cr_Echo", string.Empty, PipelineStage.PreValidation, typeof(TracingPlugin)) }, new[] { Echo });

            var fault = ServiceFaults.Of(() => emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Count"] = 1 }));

            Assert.AreEqual(ServiceFaults.Code(0x80040203), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "'Text'");
            Assert.AreEqual(0, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void ParameterOfTheWrongType_IsRefusedBeforeAnyPluginRuns()
        {
            var emulator = Library(new[] { Step("cr_Echo", string.Empty, PipelineStage.PreValidation, typeof(TracingPlugin)) }, new[] { Echo });

            var fault = ServiceFaults.Of(() => emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Text"] = "hi", ["Count"] = "one" }));

            StringAssert.Contains(fault.Message, "'Count'");
            Assert.AreEqual(0, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void CallerWithoutTheExecutePrivilege_IsRefusedBeforeAnyPluginRuns()
        {
            var guarded = new CustomApiDefinition("cr_GuardedEcho", 0, null, false, false, 2, "prvCreatecr_book", typeof(EchoApiPlugin).FullName, Echo.RequestParameters, Echo.ResponseProperties);
            var reader = new SecurityRoleDefinition(Guid.NewGuid(), "Library reader", new Dictionary<string, PrivilegeDepth> { ["prvReadcr_library"] = PrivilegeDepth.Global });
            var writer = new SecurityRoleDefinition(Guid.NewGuid(), "Book writer", new Dictionary<string, PrivilegeDepth> { ["prvCreatecr_book"] = PrivilegeDepth.Basic });
            var emulator = Library(Array.Empty<StepRegistration>(), new[] { guarded }, reader, writer);
            var refused = emulator.CreateOrganizationService(emulator.CreateUser("Reader", "Library reader"));
            var allowed = emulator.CreateOrganizationService(emulator.CreateUser("Writer", "Book writer"));

            var fault = ServiceFaults.Of(() => refused.Execute(new OrganizationRequest("cr_GuardedEcho") { ["Text"] = "hi" }));
            var response = allowed.Execute(new OrganizationRequest("cr_GuardedEcho") { ["Text"] = "hi" });

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            Assert.AreEqual("hi", response["Echo"]);
            Assert.AreEqual(1, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void UndeclaredParameter_IsRefused()
        {
            var emulator = Library(Array.Empty<StepRegistration>(), new[] { Echo });

            var fault = ServiceFaults.Of(() => emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Text"] = "hi", ["Colour"] = "red" }));

            StringAssert.Contains(fault.Message, "'Colour'");
        }

        [TestMethod]
        public void StepsRegisteredOnTheMessage_RunAroundTheMainOperation()
        {
            var emulator = Library(
                new[]
                {
                    Step("cr_Echo", string.Empty, PipelineStage.PreOperation, typeof(TracingPlugin), configuration: "pre"),
                    Step("cr_Echo", string.Empty, PipelineStage.PostOperation, typeof(TracingPlugin), configuration: "post"),
                },
                new[] { Echo });

            emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("cr_Echo") { ["Text"] = "hi" });

            CollectionAssert.AreEqual(
                new[] { 20, 30, 40 },
                emulator.PluginTraces.Records.Select(record => record.Stage).ToArray());
        }

        [TestMethod]
        public void BusinessEventRaisedByCode_ReachesItsSubscribersWithItsParameters()
        {
            var emulator = Library(
                new[] { Step("cr_OnLibraryOpened", string.Empty, PipelineStage.PostOperation, typeof(TracingPlugin), mode: StepMode.Asynchronous, configuration: "flow") },
                new[] { Announced });

            emulator.ExecuteInTransaction(emulator.SystemAdministratorId, service =>
                service.Execute(new OrganizationRequest("cr_OnLibraryOpened") { ["Name"] = "Central" }));
            emulator.RunAsyncJobs();

            var run = emulator.PluginTraces.Records.Single();
            Assert.AreEqual("cr_OnLibraryOpened", run.Message);
            Assert.AreEqual(1, run.Mode);
        }
    }
}
