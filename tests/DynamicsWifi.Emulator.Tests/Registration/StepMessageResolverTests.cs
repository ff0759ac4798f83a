using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class StepMessageResolverTests
    {
        [TestMethod]
        [DataRow("{8cbdbb1b-ea3e-db11-86a7-000a3a5473e8}", "Assign")]
        [DataRow("{9ebdbb1b-ea3e-db11-86a7-000a3a5473e8}", "Create")]
        [DataRow("{a1bdbb1b-ea3e-db11-86a7-000a3a5473e8}", "Delete")]
        [DataRow("{f2bdbb1b-ea3e-db11-86a7-000a3a5473e8}", "Retrieve")]
        [DataRow("{03bebb1b-ea3e-db11-86a7-000a3a5473e8}", "RetrieveMultiple")]
        [DataRow("{1cbebb1b-ea3e-db11-86a7-000a3a5473e8}", "SetState")]
        [DataRow("{1dbebb1b-ea3e-db11-86a7-000a3a5473e8}", "SetStateDynamicEntity")]
        [DataRow("{20BEBB1B-EA3E-DB11-86A7-000A3A5473E8}", "Update")]
        public void SystemMessageId_NamesItsMessage(string sdkMessageId, string message)
        {
            var step = Read(RegistrationSamples.Step(name: "Step", messageId: sdkMessageId, stage: 40));

            Assert.AreEqual(message, step.Message);
        }

        [TestMethod]
        public void ElementNamingTheMessage_WinsOverTheId()
        {
            var step = Read(RegistrationSamples.Step(name: "Step", messageId: RegistrationSamples.UpdateId, stage: 40, extra: "<SdkMessageName>Associate</SdkMessageName>"));

            Assert.AreEqual("Associate", step.Message);
        }

        [TestMethod]
        public void UnknownIdWithConventionalName_TakesTheMessageFromTheName()
        {
            var notes = new List<string>();

            var step = Read(RegistrationSamples.Step(name: "Contoso.Plugins.Sample: Associate of any Entity", messageId: "{0fd0d9b6-3a8e-4f0b-9e2f-6a1f4c3d2b10}", stage: 40), notes);

            Assert.AreEqual("Associate", step.Message);
            Assert.AreEqual(1, notes.Count);
        }

        [TestMethod]
        public void CustomApiMessage_IsNamedByTheStepAfterTheSolutionsApi()
        {
            var source = RegistrationSamples.Files(
                ("customizations.xml", RegistrationSamples.WithSteps(RegistrationSamples.Step(
                    name: "Contoso.Plugins.Sample: cr_recordvisit of any Entity", messageId: "{0fd0d9b6-3a8e-4f0b-9e2f-6a1f4c3d2b11}", stage: 40, mode: 1)).ToString()),
                ("customapis/cr_RecordVisit/customapi.xml", "<customapi uniquename=\"cr_RecordVisit\"><allowedcustomprocessingsteptype>2</allowedcustomprocessingsteptype><bindingtype>0</bindingtype><isfunction>0</isfunction></customapi>"));

            var step = Emulator.Registration.Export.RegistrationReader.Read(source).Steps.Single();

            Assert.AreEqual("cr_RecordVisit", step.Message);
            Assert.AreEqual(StepMode.Asynchronous, step.Mode);
        }

        [TestMethod]
        public void UnknownIdWithoutAMessageInItsName_IsRefusedNamingStepAndId()
        {
            var customizations = RegistrationSamples.WithSteps(RegistrationSamples.Step(name: "Audit everything", messageId: "{0fd0d9b6-3a8e-4f0b-9e2f-6a1f4c3d2b12}", stage: 40));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => RegistrationSamples.ReadCustomizations(customizations));

            StringAssert.Contains(error.Message, "Step 'Audit everything' is registered on message {0fd0d9b6-3a8e-4f0b-9e2f-6a1f4c3d2b12}");
        }

        private static StepRegistration Read(string step, ICollection<string>? notes = null) =>
            RegistrationSamples.ReadCustomizations(RegistrationSamples.WithSteps(step), notes).Steps.Single();
    }
}
