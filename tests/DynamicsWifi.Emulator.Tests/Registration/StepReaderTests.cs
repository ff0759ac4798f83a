using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Registration.Export;
using DynamicsWifi.Emulator.Tests.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class StepReaderTests
    {
        private const string OwnType = "DynamicsWifi.Plugins.EventPlugins.SyncIdentityKeyOnContactChange";
        private const string P2CPrefix = "Microsoft.Dynamics.P2CFieldService.Plugins.";

        private static readonly SolutionRegistrations Own = RegistrationReader.Read(SolutionSamples.OwnSolution);

        private static readonly Lazy<SolutionRegistrations> P2C = new Lazy<SolutionRegistrations>(() => RegistrationSamples.ReadCustomizations(RegistrationSamples.Fragments(
            RegistrationSamples.P2CFieldService,
            "customizations.fragment.SolutionPluginAssemblies.xml",
            "customizations.fragment.SdkMessageProcessingSteps.xml")));

        private static readonly Lazy<SolutionRegistrations> CrmP2C = new Lazy<SolutionRegistrations>(() => RegistrationSamples.ReadCustomizations(RegistrationSamples.WithTypesOfItsSteps(
            RegistrationSamples.Fragments(RegistrationSamples.CrmP2C, "customizations.fragment.SdkMessageProcessingSteps.xml"))));

        [TestMethod]
        public void OwnCreateStep_IsSyncPreOperationRankOne()
        {
            var step = Own.StepNamed(OwnType + ": Create of contact");

            Assert.AreEqual("Create", step.Message);
            Assert.AreEqual("contact", step.PrimaryEntity);
            Assert.AreEqual(OwnType, step.PluginTypeName);
            Assert.AreEqual(PipelineStage.PreOperation, step.Stage);
            Assert.AreEqual(StepMode.Synchronous, step.Mode);
            Assert.AreEqual(1, step.Rank);
            Assert.AreEqual(0, step.FilteringAttributes.Count);
            Assert.AreEqual(0, step.Images.Count);
        }

        [TestMethod]
        public void OwnUpdateStep_IsFilteredOnEmailAndMobile()
        {
            var step = Own.StepNamed(OwnType + ": Update of contact");

            Assert.AreEqual("Update", step.Message);
            Assert.AreEqual(PipelineStage.PreOperation, step.Stage);
            Assert.AreEqual(StepMode.Synchronous, step.Mode);
            Assert.AreEqual(1, step.Rank);
            CollectionAssert.AreEqual(new[] { "emailaddress1", "mobilephone" }, step.FilteringAttributes.ToArray());
        }

        [TestMethod]
        public void OwnUpdateStep_HasAPreImageOfThreeColumns()
        {
            var image = Own.StepNamed(OwnType + ": Update of contact").Images.Single();

            Assert.AreEqual("PreImage", image.EntityAlias);
            Assert.AreEqual(ImageType.PreImage, image.ImageType);
            Assert.AreEqual("Target", image.MessagePropertyName);
            CollectionAssert.AreEqual(new[] { "emailaddress1", "mobilephone", "cr_wifi_identitykey" }, image.Attributes.ToArray());
        }

        [TestMethod]
        public void FastTrackSteps_CoverAllThreeStages()
        {
            var stages = P2C.Value.Steps.Select(step => step.Stage).Distinct().OrderBy(stage => stage).ToArray();

            Assert.AreEqual(21, P2C.Value.Steps.Count);
            CollectionAssert.AreEqual(new[] { PipelineStage.PreValidation, PipelineStage.PreOperation, PipelineStage.PostOperation }, stages);
        }

        [TestMethod]
        public void PreValidationUpdate_KeepsItsFilterAndPreImage()
        {
            var step = P2C.Value.StepNamed(P2CPrefix + "PreValidationWorkOrderProductUpdate: Update of msdyn_workorderproduct");

            Assert.AreEqual(PipelineStage.PreValidation, step.Stage);
            CollectionAssert.AreEqual(new[] { "msdyn_product", "msdyn_unit" }, step.FilteringAttributes.ToArray());
            Assert.AreEqual(ImageType.PreImage, step.Images.Single().ImageType);
        }

        [TestMethod]
        public void PostOperationUpdate_HasBothAPreAndAPostImageOfAllColumns()
        {
            var step = P2C.Value.StepNamed(P2CPrefix + "PostOperationWorkOrderUpdate: Update of msdyn_workorder");

            var post = step.Images.Single(image => image.EntityAlias == "PostWorkOrderUpdateImage");
            var pre = step.Images.Single(image => image.EntityAlias == "PreWorkOrderUpdateImage");
            Assert.AreEqual(ImageType.PostImage, post.ImageType);
            Assert.AreEqual(ImageType.PreImage, pre.ImageType);
            Assert.AreEqual(0, post.Attributes.Count);
        }

        [TestMethod]
        public void DeleteStep_HasItsPreImage()
        {
            var step = P2C.Value.StepNamed(P2CPrefix + "PreOperationWorkOrderProductDelete: Delete of msdyn_workorderproduct");

            Assert.AreEqual("Delete", step.Message);
            Assert.AreEqual("PreImage", step.Images.Single().EntityAlias);
        }

        [TestMethod]
        public void StepsOfOneRank_KeepTheExportsRank()
        {
            var step = P2C.Value.StepNamed(P2CPrefix + "PostOperationProductUpdate: Update of product");

            Assert.AreEqual(2, step.Rank);
            Assert.AreEqual("product", step.PrimaryEntity);
        }

        [TestMethod]
        public void CrmP2CAsyncSteps_AreAsynchronousPostOperation()
        {
            var async = CrmP2C.Value.Steps.Where(step => step.Mode == StepMode.Asynchronous).ToList();

            Assert.AreEqual(19, CrmP2C.Value.Steps.Count);
            Assert.AreEqual(2, async.Count);
            Assert.IsTrue(async.All(step => step.Stage == PipelineStage.PostOperation && step.Message == "Update"));
            Assert.IsFalse(async.Single(step => step.PrimaryEntity == "salesorder").AsyncAutoDelete);
        }

        [TestMethod]
        public void FilteringAttributesInMixedCase_AreTrimmedAndLowered()
        {
            var customizations = RegistrationSamples.WithSteps(RegistrationSamples.Step(filteringAttributes: " EmailAddress1 , MobilePhone,,emailaddress1 "));

            var step = RegistrationSamples.ReadCustomizations(customizations).Steps.Single();

            CollectionAssert.AreEqual(new[] { "emailaddress1", "mobilephone" }, step.FilteringAttributes.ToArray());
        }

        [TestMethod]
        public void UnsecureConfiguration_IsKeptExactly()
        {
            var customizations = RegistrationSamples.WithSteps(RegistrationSamples.Step(extra: "<Configuration>  {\"timeout\": 5} </Configuration>"));

            var step = RegistrationSamples.ReadCustomizations(customizations).Steps.Single();

            Assert.AreEqual("  {\"timeout\": 5} ", step.UnsecureConfiguration);
        }

        [TestMethod]
        public void ImpersonatingUser_IsReadByIdAndByName()
        {
            var customizations = RegistrationSamples.WithSteps(RegistrationSamples.Step(
                extra: "<ImpersonatingUserId>{5d1f0e0a-1c2b-4d3e-8f90-a1b2c3d4e5f6}</ImpersonatingUserId><ImpersonatingUserIdName>Integration User</ImpersonatingUserIdName>"));

            var step = RegistrationSamples.ReadCustomizations(customizations).Steps.Single();

            Assert.AreEqual(System.Guid.Parse("5d1f0e0a-1c2b-4d3e-8f90-a1b2c3d4e5f6"), step.ImpersonatingUserId);
            Assert.AreEqual("Integration User", step.ImpersonatingUserName);
        }

        [TestMethod]
        public void StepWithoutImpersonation_RunsAsTheCaller()
        {
            var step = Own.Steps.First();

            Assert.IsNull(step.ImpersonatingUserId);
            Assert.IsNull(step.ImpersonatingUserName);
            Assert.IsNull(step.UnsecureConfiguration);
        }

        [TestMethod]
        public void ServiceEndpointStep_IsLeftOutWithANote()
        {
            var webhook = "<SdkMessageProcessingStep Name=\"Webhook: Create of contact\" SdkMessageProcessingStepId=\"{7a7a7a7a-0000-4000-8000-000000000001}\">" +
                "<PrimaryEntity>contact</PrimaryEntity><Mode>1</Mode><SdkMessageId>" + RegistrationSamples.CreateId + "</SdkMessageId>" +
                "<EventHandler>{7a7a7a7a-0000-4000-8000-000000000002}</EventHandler><EventHandlerTypeCode>4618</EventHandlerTypeCode><Stage>40</Stage></SdkMessageProcessingStep>";
            var notes = new List<string>();

            var registrations = RegistrationSamples.ReadCustomizations(RegistrationSamples.WithSteps(webhook), notes);

            Assert.AreEqual(0, registrations.Steps.Count);
            Assert.IsTrue(notes.Single().Contains("Webhook: Create of contact"));
        }

        [TestMethod]
        public void StepNamingTypeByIdOnly_ResolvesTheTypeName()
        {
            var step = "<SdkMessageProcessingStep Name=\"By id: Create of contact\" SdkMessageProcessingStepId=\"{7a7a7a7a-0000-4000-8000-000000000003}\">" +
                $"<PluginTypeId>{RegistrationSamples.TypeId}</PluginTypeId><PrimaryEntity>contact</PrimaryEntity><SdkMessageId>{RegistrationSamples.CreateId}</SdkMessageId><Stage>40</Stage></SdkMessageProcessingStep>";

            var read = RegistrationSamples.ReadCustomizations(RegistrationSamples.WithSteps(step)).Steps.Single();

            Assert.AreEqual(RegistrationSamples.TypeName, read.PluginTypeName);
            Assert.AreEqual(StepMode.Synchronous, read.Mode);
            Assert.AreEqual(1, read.Rank);
        }

        [TestMethod]
        public void StepOfUnknownType_IsRefusedNamingStepAndType()
        {
            var customizations = RegistrationSamples.WithSteps(RegistrationSamples.Step(name: "Orphan: Update of contact", pluginTypeName: "Contoso.Plugins.Missing"));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => RegistrationSamples.ReadCustomizations(customizations));

            StringAssert.Contains(error.Message, "Step 'Orphan: Update of contact' runs plug-in type 'Contoso.Plugins.Missing', which the solution does not register");
        }
    }
}
