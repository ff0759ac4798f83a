using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>The consent ledger and its APIs as the solution ships them (DESIGN.md 2, 4 and 5).</summary>
    [TestClass]
    public sealed class ConsentLedgerSolutionTests
    {
        private const string Boolean = "0";
        private const string DateTime = "1";
        private const string Integer = "7";
        private const string String = "10";
        private const string Guid = "12";

        private static readonly XElement Customizations = XDocument.Load(Path.Combine(Repository.SolutionFolder, "customizations.xml")).Root!;

        [TestMethod]
        public void Ledger_IsAuditedAndKeyedByEventId()
        {
            var table = Table();

            var key = table.Descendants("EntityKey").Single();

            Assert.AreEqual(Schema.ConsentChange.EventKeyName, key.Element("LogicalName")!.Value);
            Assert.AreEqual(Schema.ConsentChange.EventId, key.Descendants("AttributeName").Single().Value);
            Assert.AreEqual("1", table.Element("EntityInfo")!.Element("entity")!.Element("IsAuditEnabled")!.Value);
        }

        [TestMethod]
        public void DeletingAContact_KeepsItsLedgerRowsWithoutTheLink()
        {
            var relationship = Customizations.Descendants("EntityRelationship").Single(candidate => candidate.Element("ReferencingEntityName")!.Value == Schema.ConsentChange.Table);

            Assert.AreEqual("RemoveLink", relationship.Element("CascadeDelete")!.Value);
            Assert.AreEqual(Schema.ConsentChange.Contact, relationship.Element("ReferencingAttributeName")!.Value);
        }

        [TestMethod]
        public void DeliveryStatuses_AreTheOptionsTheSolutionDeclares()
        {
            var options = Table().Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute").Single(attribute => attribute.Element("LogicalName")!.Value == Schema.ConsentChange.DeliveryStatus)
                .Descendants("option").ToDictionary(option => int.Parse(option.Attribute("value")!.Value), option => option.Descendants("label").First().Attribute("description")!.Value);

            CollectionAssert.AreEquivalent(
                new[] { DeliveryStatus.Pending, DeliveryStatus.Delivered, DeliveryStatus.Failed, DeliveryStatus.Exhausted, DeliveryStatus.NotNeeded, DeliveryStatus.Ignored },
                options.Keys.ToArray());
            Assert.AreEqual("Exhausted", options[DeliveryStatus.Exhausted]);
        }

        [TestMethod]
        public void AdminViews_ListPendingFailedAndExhaustedRows()
        {
            var views = Table().Descendants("savedquery").ToList();

            foreach (var status in new[] { DeliveryStatus.Pending, DeliveryStatus.Failed, DeliveryStatus.Exhausted })
            {
                Assert.IsTrue(
                    views.Any(view => view.Descendants("condition").Any(condition =>
                        condition.Attribute("attribute")!.Value == Schema.ConsentChange.DeliveryStatus && condition.Attribute("value")!.Value == status.ToString())),
                    "a view of status " + status);
            }
        }

        [TestMethod]
        public void UpdateConsentApi_TakesTheContractsParametersAndRequiresCreateOnTheLedger()
        {
            var parameters = Elements(Schema.ConsentApis.UpdateConsent, "customapirequestparameters");
            var properties = Elements(Schema.ConsentApis.UpdateConsent, "customapiresponseproperties");

            Assert.AreEqual(String, parameters[Schema.ConsentApis.EventId]);
            Assert.AreEqual(String, parameters[Schema.ConsentApis.GuestId]);
            Assert.AreEqual(String, parameters[Schema.ConsentApis.Email]);
            Assert.AreEqual(String, parameters[Schema.ConsentApis.Mobile]);
            Assert.AreEqual(String, parameters[Schema.ConsentApis.Channel]);
            Assert.AreEqual(Boolean, parameters[Schema.ConsentApis.Granted]);
            Assert.AreEqual(DateTime, parameters[Schema.ConsentApis.Timestamp]);
            Assert.HasCount(7, parameters);
            Assert.AreEqual(String, properties[Schema.ConsentApis.Outcome]);
            Assert.AreEqual(Guid, properties[Schema.ConsentApis.ContactId]);
            Assert.AreEqual(Guid, properties[Schema.ConsentApis.ConsentChangeId]);
            Assert.AreEqual("prvCreatecr_wificonsentchange", Api(Schema.ConsentApis.UpdateConsent).Element("executeprivilegename")!.Value);
        }

        [TestMethod]
        public void RedeliverApi_TakesMaxRowsAndAnswersWhatItMarked()
        {
            var parameters = Elements(Schema.ConsentApis.RedeliverChanges, "customapirequestparameters");
            var properties = Elements(Schema.ConsentApis.RedeliverChanges, "customapiresponseproperties");

            Assert.AreEqual(Integer, parameters[Schema.ConsentApis.MaxRows]);
            Assert.AreEqual(Integer, properties[Schema.ConsentApis.Requested]);
            Assert.AreEqual(Boolean, properties[Schema.ConsentApis.Remaining]);
        }

        private static XElement Table() =>
            Customizations.Element("Entities")!.Elements("Entity").Single(entity => entity.Element("Name")!.Value == Schema.ConsentChange.Table);

        private static XElement Api(string name) => XDocument.Load(Path.Combine(Repository.SolutionFolder, "customapis", name, "customapi.xml")).Root!;

        private static System.Collections.Generic.Dictionary<string, string> Elements(string api, string folder) =>
            Directory.GetDirectories(Path.Combine(Repository.SolutionFolder, "customapis", api, folder))
                .Select(directory => XDocument.Load(Directory.GetFiles(directory, "*.xml").Single()).Root!)
                .ToDictionary(element => element.Attribute("uniquename")!.Value, element => element.Element("type")!.Value);
    }
}
