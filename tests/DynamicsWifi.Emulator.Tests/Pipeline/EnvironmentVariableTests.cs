using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    [TestClass]
    public sealed class EnvironmentVariableTests
    {
        [TestMethod]
        public void SecretVariable_IsRefusedToAPlugin()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(SecretReadingPlugin)));
            emulator.SetEnvironmentVariable("cr_LibrarySecret", "s3cret");

            var fault = ServiceFaults.Of(() => emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            StringAssert.Contains(fault.Message, "cr_LibrarySecret");
            Assert.IsFalse(fault.Message.Contains("s3cret"));
        }

        [TestMethod]
        public void SecretVariable_IsReadableByACallerOutsidePlugins()
        {
            var emulator = Library();
            emulator.SetEnvironmentVariable("cr_LibrarySecret", "s3cret");

            var response = emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("RetrieveEnvironmentVariableSecretValue") { ["EnvironmentVariableName"] = "cr_LibrarySecret" });

            Assert.AreEqual("s3cret", response["EnvironmentVariableSecretValue"]);
        }

        [TestMethod]
        public void UnknownVariable_CannotBeSet()
        {
            var emulator = Library();

            Assert.ThrowsExactly<System.ArgumentException>(() => emulator.SetEnvironmentVariable("cr_Nothing", "x"));
        }
    }
}
