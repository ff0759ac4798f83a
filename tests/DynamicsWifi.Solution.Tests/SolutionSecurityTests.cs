using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>What the solution grants and protects (DESIGN.md 2 and 4): the WiFi Integration role, the secrets
    /// table, erasure by cascade, and a contact view that leaves the customer's own forms alone.</summary>
    [TestClass]
    public sealed class SolutionSecurityTests
    {
        private static readonly XElement Customizations = XDocument.Load(Path.Combine(Repository.SolutionFolder, "customizations.xml")).Root!;

        [TestMethod]
        public void IntegrationRole_GrantsOnlyWhatTheIntegrationTouches()
        {
            var role = Customizations.Element("Roles")!.Elements("Role").Single(candidate => candidate.Attribute("name")!.Value == "WiFi Integration");

            var privileges = role.Descendants("RolePrivilege").Select(privilege => privilege.Attribute("name")!.Value).ToArray();

            CollectionAssert.AreEquivalent(
                new[]
                {
                    "prvAppendContact", "prvAppendToContact", "prvCreateContact", "prvReadContact", "prvWriteContact",
                    "prvAppendcr_wifivisit", "prvCreatecr_wifivisit", "prvReadcr_wifivisit", "prvWritecr_wifivisit",
                    "prvCreatecr_wifiingestbatch", "prvReadcr_wifiingestbatch", "prvWritecr_wifiingestbatch",
                    "prvAppendcr_wificonsentchange", "prvCreatecr_wificonsentchange", "prvReadcr_wificonsentchange", "prvWritecr_wificonsentchange",
                },
                privileges);
        }

        [TestMethod]
        public void SecretValue_IsColumnSecuredAndNoProfileGrantsIt()
        {
            var value = Attribute("cr_wifisecret", "cr_value");

            Assert.AreEqual("1", value.Element("IsSecured")!.Value);
            Assert.IsFalse(Customizations.Descendants("FieldPermission").Any(), "no field security profile ships");
            Assert.AreEqual("OrgOwned", Table("cr_wifisecret").Descendants("OwnershipTypeMask").Single().Value);
        }

        [TestMethod]
        public void DeletingAContact_CascadesToItsSessions()
        {
            var relationship = Customizations.Descendants("EntityRelationship").Single(candidate => candidate.Element("ReferencingEntityName")!.Value == "cr_wifivisit");

            Assert.AreEqual("Contact", relationship.Element("ReferencedEntityName")!.Value);
            Assert.AreEqual("cr_contactid", relationship.Element("ReferencingAttributeName")!.Value);
            Assert.AreEqual("Cascade", relationship.Element("CascadeDelete")!.Value);
        }

        [TestMethod]
        public void ContactForms_AreOnlyOurOwnAddedBesideTheCustomers()
        {
            var forms = Table("Contact").Element("FormXml")!.Elements("forms").SelectMany(group => group.Elements("systemform")).ToList();

            CollectionAssert.AreEquivalent(
                new[] { "WiFi Guest Summary", "WiFi Guest" },
                forms.Select(form => form.Descendants("LocalizedName").First().Attribute("description")!.Value).ToArray());
            Assert.IsTrue(Table("Contact").Descendants("savedquery").All(view => view.Element("isdefault")!.Value == "0"), "no default view replaced");
        }

        [TestMethod]
        public void SessionTable_IsAuditedAndKeyedBySessionId()
        {
            var key = Table("cr_wifivisit").Descendants("EntityKey").Single();

            Assert.AreEqual("cr_wifivisit_session", key.Element("LogicalName")!.Value);
            Assert.AreEqual("cr_sessionid", key.Descendants("AttributeName").Single().Value);
            Assert.AreEqual("1", Table("cr_wifivisit").Element("EntityInfo")!.Element("entity")!.Element("IsAuditEnabled")!.Value);
        }

        private static XElement Table(string name) =>
            Customizations.Element("Entities")!.Elements("Entity").Single(entity => entity.Element("Name")!.Value == name);

        private static XElement Attribute(string table, string column) =>
            Table(table).Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute").Single(attribute => attribute.Element("LogicalName")!.Value == column);
    }
}
