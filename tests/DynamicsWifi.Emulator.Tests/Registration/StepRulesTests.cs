using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    /// <summary>What Dataverse refuses to register (DATAVERSE-FACTS.md 2.1 and 2.4), refused when the export is read.</summary>
    [TestClass]
    public sealed class StepRulesTests
    {
        [TestMethod]
        public void AsyncStepAtPreOperation_IsRefused()
        {
            var error = Refusal(RegistrationSamples.Step(name: "Early async", stage: 20, mode: 1));

            Assert.AreEqual(
                "Step 'Early async' is asynchronous at stage 20 (PreOperation); asynchronous steps may only be registered at stage 40 (PostOperation). Dataverse refuses to register it.",
                error.Message);
        }

        [TestMethod]
        public void AsyncStepAtPreValidation_IsRefused()
        {
            var error = Refusal(RegistrationSamples.Step(name: "Validating async", stage: 10, mode: 1));

            StringAssert.Contains(error.Message, "Step 'Validating async' is asynchronous at stage 10 (PreValidation)");
        }

        [TestMethod]
        public void PreImageOnCreate_IsRefused()
        {
            var error = Refusal(RegistrationSamples.Step(
                name: "Create with pre-image", messageId: RegistrationSamples.CreateId, stage: 40, images: RegistrationSamples.Image("Before", 0)));

            Assert.AreEqual(
                "Step 'Create with pre-image' has pre-image 'Before' on Create; there is no pre-image on Create, the row does not exist yet. Dataverse refuses to register it.",
                error.Message);
        }

        [TestMethod]
        public void BothImageOnCreate_IsRefusedAsAPreImage()
        {
            var error = Refusal(RegistrationSamples.Step(
                name: "Create with both", messageId: RegistrationSamples.CreateId, stage: 40, images: RegistrationSamples.Image("Both", 2)));

            StringAssert.Contains(error.Message, "has pre-image 'Both' on Create");
        }

        [TestMethod]
        public void PostImageOnDelete_IsRefused()
        {
            var error = Refusal(RegistrationSamples.Step(
                name: "Delete with post-image", messageId: RegistrationSamples.DeleteId, stage: 40, images: RegistrationSamples.Image("After", 1)));

            Assert.AreEqual(
                "Step 'Delete with post-image' has post-image 'After' on Delete; there is no post-image on Delete, the row no longer exists. Dataverse refuses to register it.",
                error.Message);
        }

        [TestMethod]
        public void PostImageAtPreOperation_IsRefused()
        {
            var error = Refusal(RegistrationSamples.Step(name: "Early post-image", stage: 20, images: RegistrationSamples.Image("After", 1)));

            Assert.AreEqual(
                "Step 'Early post-image' has post-image 'After' at stage 20 (PreOperation); post-images are only available at stage 40 (PostOperation). Dataverse refuses to register it.",
                error.Message);
        }

        [TestMethod]
        [DataRow(30)]
        [DataRow(50)]
        [DataRow(15)]
        public void StageOtherThanTenTwentyForty_IsRefused(int stage)
        {
            var error = Refusal(RegistrationSamples.Step(name: "Odd stage", stage: stage));

            Assert.AreEqual(
                $"Step 'Odd stage' is registered at stage {stage}; steps may only be registered at stages 10 (PreValidation), 20 (PreOperation) and 40 (PostOperation). Dataverse refuses to register it.",
                error.Message);
        }

        [TestMethod]
        public void UnknownImageType_IsRefused()
        {
            var error = Refusal(RegistrationSamples.Step(name: "Odd image", stage: 40, images: RegistrationSamples.Image("Odd", 3)));

            StringAssert.Contains(error.Message, "Step 'Odd image' has image 'Odd' of ImageType '3'");
        }

        [TestMethod]
        public void PreAndPostImageOnAsyncPostOperationUpdate_AreAccepted()
        {
            var customizations = RegistrationSamples.WithSteps(RegistrationSamples.Step(
                stage: 40, mode: 1, images: RegistrationSamples.Image("Before", 0) + RegistrationSamples.Image("After", 1, "FirstName")));

            var step = RegistrationSamples.ReadCustomizations(customizations).Steps[0];

            Assert.AreEqual(2, step.Images.Count);
            Assert.AreEqual("firstname", step.Images[1].Attributes[0]);
        }

        private static InvalidDataException Refusal(string step) =>
            Assert.ThrowsExactly<InvalidDataException>(() => RegistrationSamples.ReadCustomizations(RegistrationSamples.WithSteps(step)));
    }
}
