using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>The custom APIs in Solution/customapis/ against the names and types the plug-ins use (STYLE.md 3.3).</summary>
    [TestClass]
    public sealed class CustomApiContractTests
    {
        private const string Boolean = "0";
        private const string DateTime = "1";
        private const string Integer = "7";
        private const string String = "10";
        private const string Guid = "12";

        [TestMethod]
        public void RecordApi_DeclaresEveryEventFieldAsOptional()
        {
            var parameters = Parameters(Schema.Apis.RecordAuthentication);

            CollectionAssert.AreEquivalent(EventField.All, parameters.Keys.ToArray());
            Assert.IsTrue(parameters.Values.All(parameter => parameter.Element("isoptional")!.Value == "1"), "our validation, not the platform, reports missing fields with WIFI_ codes");
            foreach (var field in EventField.All)
            {
                var expected = EventField.DateTimes.Contains(field) ? DateTime : EventField.Booleans.Contains(field) ? Boolean : String;
                Assert.AreEqual(expected, parameters[field].Element("type")!.Value, field);
            }
        }

        [TestMethod]
        public void RecordApi_AnswersTheContractsResponse()
        {
            var properties = Properties(Schema.Apis.RecordAuthentication);

            Assert.AreEqual(Guid, properties[Schema.Apis.ContactId]);
            Assert.AreEqual(Guid, properties[Schema.Apis.VisitId]);
            Assert.AreEqual(Boolean, properties[Schema.Apis.ContactCreated]);
            Assert.AreEqual(Boolean, properties[Schema.Apis.ReturningGuest]);
            Assert.AreEqual(Integer, properties[Schema.Apis.VisitCount]);
            Assert.AreEqual(String, properties[Schema.Apis.Outcome]);
            Assert.AreEqual(6, properties.Count);
        }

        [TestMethod]
        public void BatchApi_TakesEventsAndABatchIdAndAnswersWithTheBatch()
        {
            var parameters = Parameters(Schema.Apis.RecordAuthentications);
            var properties = Properties(Schema.Apis.RecordAuthentications);

            CollectionAssert.AreEquivalent(new[] { Schema.Apis.Events, Schema.Apis.BatchId }, parameters.Keys.ToArray());
            Assert.AreEqual(String, properties[Schema.Apis.BatchId]);
            Assert.AreEqual(Integer, properties[Schema.Apis.Accepted]);
            Assert.AreEqual(String, properties[Schema.Apis.Rejected]);
            Assert.AreEqual(Guid, properties[Schema.Apis.IngestBatchId]);
        }

        [TestMethod]
        [DataRow("cr_RecordWifiAuthentication", "2", "DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication.RecordWifiAuthenticationApi")]
        [DataRow("cr_RecordWifiAuthentications", "0", "DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentications.RecordWifiAuthenticationsApi")]
        public void RecordApis_RunTheirPluginAndRequireCreateOnSessions(string api, string stepTypes, string pluginType)
        {
            var definition = Api(api);
            var typeId = definition.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value;

            Assert.AreEqual("prvCreatecr_wifivisit", definition.Element("executeprivilegename")!.Value);
            Assert.AreEqual(stepTypes, definition.Element("allowedcustomprocessingsteptype")!.Value, "the single API carries our own pre-validation step");
            Assert.AreEqual("0", definition.Element("isfunction")!.Value);
            Assert.AreEqual(pluginType, Customizations().Descendants("PluginType").Single(type => type.Attribute("PluginTypeId")!.Value == typeId).Attribute("Name")!.Value);
        }

        [TestMethod]
        public void VisitRecorded_IsABusinessEventFlowsCanSubscribeTo()
        {
            var definition = Api(Schema.Apis.VisitRecorded);
            var parameters = Parameters(Schema.Apis.VisitRecorded);

            Assert.AreEqual("1", definition.Element("allowedcustomprocessingsteptype")!.Value, "async only");
            Assert.IsNull(definition.Element("plugintypeid"), "no main operation");
            Assert.IsFalse(Directory.Exists(Path.Combine(ApiFolder(Schema.Apis.VisitRecorded), "customapiresponseproperties")));
            CollectionAssert.AreEquivalent(
                new[] { Schema.Apis.ContactId, Schema.Apis.VisitId, Schema.Apis.Venue, Schema.Apis.Zone, Schema.Apis.ReturningGuest, Schema.Apis.VisitCount, Schema.Apis.MarketingConsent },
                parameters.Keys.ToArray());
        }

        [TestMethod]
        public void VisitRecorded_IsAssignedToASecondLevelCatalog()
        {
            var assignment = XDocument.Load(Path.Combine(Repository.SolutionFolder, "Assets", "catalogassignments.xml")).Root!.Element("catalogassignment")!;
            var category = Catalog(assignment.Attribute("catalogid.uniquename")!.Value);
            var parent = category.Element("parentcatalogid")!.Element("uniquename")!.Value;

            Assert.AreEqual(Schema.Apis.VisitRecorded, assignment.Attribute("object.uniquename")!.Value);
            Assert.AreEqual("customapi", assignment.Attribute("objectidtype")!.Value);
            Assert.IsNull(Catalog(parent).Element("parentcatalogid"), "the first level represents the solution");
        }

        private static string ApiFolder(string api) => Path.Combine(Repository.SolutionFolder, "customapis", api);

        private static XElement Api(string api) => XDocument.Load(Path.Combine(ApiFolder(api), "customapi.xml")).Root!;

        private static XElement Catalog(string name) => XDocument.Load(Path.Combine(Repository.SolutionFolder, "catalogs", name, "catalog.xml")).Root!;

        private static System.Collections.Generic.Dictionary<string, XElement> Parameters(string api) =>
            Directory.GetDirectories(Path.Combine(ApiFolder(api), "customapirequestparameters"))
                .Select(folder => XDocument.Load(Path.Combine(folder, "customapirequestparameter.xml")).Root!)
                .ToDictionary(parameter => parameter.Attribute("uniquename")!.Value);

        private static System.Collections.Generic.Dictionary<string, string> Properties(string api) =>
            Directory.GetDirectories(Path.Combine(ApiFolder(api), "customapiresponseproperties"))
                .Select(folder => XDocument.Load(Path.Combine(folder, "customapiresponseproperty.xml")).Root!)
                .ToDictionary(property => property.Attribute("uniquename")!.Value, property => property.Element("type")!.Value);

        private static XElement Customizations() => XDocument.Load(Path.Combine(Repository.SolutionFolder, "customizations.xml")).Root!;
    }
}
