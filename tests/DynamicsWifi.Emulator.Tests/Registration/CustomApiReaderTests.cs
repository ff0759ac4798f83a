using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Registration.Export;
using DynamicsWifi.Emulator.Tests.Metadata;
using DynamicsWifi.SolutionFiles;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class CustomApiReaderTests
    {
        private static readonly Lazy<SolutionRegistrations> ExportData = new Lazy<SolutionRegistrations>(() => RegistrationSamples.Read(RegistrationSamples.ExportDataUsingFetchXml));

        [TestMethod]
        public void ExportSample_HasTwoUnboundActions()
        {
            var names = ExportData.Value.CustomApis.Select(api => api.UniqueName).ToArray();

            CollectionAssert.AreEqual(new[] { "sample_CleanupExportedDataAnnotations", "sample_ExportDataUsingFetchXmlToAnnotation" }, names);
            Assert.IsTrue(ExportData.Value.CustomApis.All(api => api.BindingType == 0 && !api.IsFunction && !api.IsPrivate && api.BoundEntityLogicalName == null));
        }

        [TestMethod]
        public void ExportAction_HasARequiredStringAndAGuidResponse()
        {
            var api = ExportData.Value.CustomApis.Single(candidate => candidate.UniqueName == "sample_ExportDataUsingFetchXmlToAnnotation");

            var parameter = api.RequestParameters.Single();
            var property = api.ResponseProperties.Single();
            Assert.AreEqual("FetchXml", parameter.UniqueName);
            Assert.AreEqual(CustomApiFieldType.String, parameter.Type);
            Assert.IsFalse(parameter.IsOptional);
            Assert.AreEqual("AnnotationId", property.UniqueName);
            Assert.AreEqual(CustomApiFieldType.Guid, property.Type);
        }

        [TestMethod]
        public void ExportKeyLink_ResolvesToThePluginTypesFullName()
        {
            var api = ExportData.Value.CustomApis.Single(candidate => candidate.UniqueName == "sample_ExportDataUsingFetchXmlToAnnotation");

            Assert.AreEqual("PowerApps.Samples.ExportDataUsingFetchXmlToAnnotationPlugin", api.PluginTypeName);
            Assert.AreEqual(0, api.AllowedCustomProcessingStepType);
            Assert.IsNull(api.ExecutePrivilegeName);
        }

        [TestMethod]
        public void BoundFunction_OlderPluginTypeLinkResolves()
        {
            var api = RegistrationSamples.Read(RegistrationSamples.IsSystemAdmin).CustomApis.Single();

            Assert.AreEqual("sample_IsSystemAdmin", api.UniqueName);
            Assert.AreEqual(1, api.BindingType);
            Assert.AreEqual("systemuser", api.BoundEntityLogicalName);
            Assert.IsTrue(api.IsFunction);
            Assert.AreEqual("PowerApps.Samples.IsSystemAdmin", api.PluginTypeName);
            Assert.AreEqual(CustomApiFieldType.Boolean, api.ResponseProperties.Single().Type);
        }

        [TestMethod]
        public void CommunityExport_ReadsEveryResponseType()
        {
            var api = RegistrationSamples.Read(RegistrationSamples.DrivardCustomApis).CustomApis.Single(candidate => candidate.UniqueName == "driv_GetEnvironmentVariable");

            var types = api.ResponseProperties.ToDictionary(property => property.UniqueName, property => property.Type);
            Assert.AreEqual(6, types.Count);
            Assert.AreEqual(CustomApiFieldType.Picklist, types["Type"]);
            Assert.AreEqual(CustomApiFieldType.Decimal, types["ValueDecimal"]);
            Assert.AreEqual(CustomApiFieldType.Boolean, types["ValueBool"]);
            Assert.AreEqual("Driv.CustomApis.API.GetEnvironmentVariable", api.PluginTypeName);
        }

        [TestMethod]
        public void CommunityExport_ReadsIntegerParameters()
        {
            var api = RegistrationSamples.Read(RegistrationSamples.DrivardCustomApis).CustomApis.Single(candidate => candidate.UniqueName == "driv_GetLocalizedChoiceLabel");

            var types = api.RequestParameters.ToDictionary(parameter => parameter.UniqueName, parameter => parameter.Type);
            Assert.AreEqual(CustomApiFieldType.Integer, types["ChoiceValue"]);
            Assert.AreEqual(CustomApiFieldType.String, types["EntityName"]);
        }

        [TestMethod]
        public void BusinessEvent_HasNoPluginAndIsAsyncOnly()
        {
            var checkout = CommerceEvents().Single(api => api.UniqueName == "SA_Checkout");

            Assert.IsNull(checkout.PluginTypeName);
            Assert.AreEqual(1, checkout.AllowedCustomProcessingStepType);
            Assert.AreEqual(0, checkout.ResponseProperties.Count);
            Assert.AreEqual("checkoutparm", checkout.RequestParameters.Single().UniqueName);
        }

        [TestMethod]
        public void BusinessEventParameters_KeepTypesAndOptionality()
        {
            var trigger = CommerceEvents().Single(api => api.UniqueName == "msdynmkt_csucheckouteventtrigger_144841371");

            var parameters = trigger.RequestParameters.ToDictionary(parameter => parameter.UniqueName);
            Assert.AreEqual(12, parameters.Count);
            Assert.AreEqual(CustomApiFieldType.Decimal, parameters["msdynmkt_amountpaid"].Type);
            Assert.AreEqual(CustomApiFieldType.DateTime, parameters["msdynmkt_signaltimestamp"].Type);
            Assert.IsTrue(parameters["msdynmkt_bindingid"].IsOptional);
            Assert.AreEqual(1, parameters.Values.Count(parameter => parameter.IsOptional));
        }

        [TestMethod]
        public void LinkToUnregisteredPluginType_IsRefusedNamingTheApi()
        {
            var source = RegistrationSamples.Files(
                ("customizations.xml", "<ImportExportXml />"),
                ("customapis/cr_Orphan/customapi.xml", "<customapi uniquename=\"cr_Orphan\"><bindingtype>0</bindingtype><plugintypeid><plugintypeexportkey>11111111-2222-3333-4444-555555555555</plugintypeexportkey></plugintypeid></customapi>"));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => RegistrationReader.Read(source));

            StringAssert.Contains(error.Message, "Custom API 'cr_Orphan' names plug-in type '11111111-2222-3333-4444-555555555555' as its main operation, which the solution does not register");
        }

        [TestMethod]
        public void FunctionWithoutResponse_IsRefused()
        {
            var source = RegistrationSamples.Files(
                ("customizations.xml", "<ImportExportXml />"),
                ("customapis/cr_Ask/customapi.xml", "<customapi uniquename=\"cr_Ask\"><bindingtype>0</bindingtype><isfunction>1</isfunction></customapi>"));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => RegistrationReader.Read(source));

            Assert.AreEqual("Custom API 'cr_Ask' is a function without response properties; a function must return a value.", error.Message);
        }

        [TestMethod]
        public void EntityReferenceParameter_KeepsItsTable()
        {
            var source = RegistrationSamples.Files(
                ("customizations.xml", "<ImportExportXml />"),
                ("customapis/cr_Touch/customapi.xml", "<customapi uniquename=\"cr_Touch\"><bindingtype>0</bindingtype><isfunction>0</isfunction></customapi>"),
                ("customapis/cr_Touch/customapirequestparameters/Guest/customapirequestparameter.xml",
                    "<customapirequestparameter uniquename=\"Guest\"><isoptional>1</isoptional><logicalentityname>Contact</logicalentityname><type>5</type></customapirequestparameter>"));

            var parameter = RegistrationReader.Read(source).CustomApis.Single().RequestParameters.Single();

            Assert.AreEqual(CustomApiFieldType.EntityReference, parameter.Type);
            Assert.AreEqual("contact", parameter.LogicalEntityName);
            Assert.IsTrue(parameter.IsOptional);
        }

        private static IReadOnlyList<CustomApiDefinition> CommerceEvents()
        {
            var source = SolutionSource.Open(SolutionSamples.Folder(RegistrationSamples.CommerceEvents));
            var customizations = source.ReadXml("Other/Customizations.xml").Root!;
            return RegistrationReader.Read(source, customizations, new List<string>()).CustomApis;
        }
    }
}
