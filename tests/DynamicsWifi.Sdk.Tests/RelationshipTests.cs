using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class RelationshipTests
    {
        [TestMethod]
        public void SameSchemaNameAndRole_AreEqualWithSameHash()
        {
            var first = new Relationship("contact_customer_accounts") { PrimaryEntityRole = EntityRole.Referenced };
            var second = new Relationship("contact_customer_accounts") { PrimaryEntityRole = EntityRole.Referenced };

            Assert.AreEqual(first, second);
            Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        }

        [TestMethod]
        public void ToStringWithoutRole_IsSchemaNameAndDot()
        {
            var relationship = new Relationship("contact_accounts");

            Assert.AreEqual("contact_accounts.", relationship.ToString());
        }

        [TestMethod]
        public void ToStringWithRole_IsSchemaNameDotRole()
        {
            var relationship = new Relationship("contact_accounts") { PrimaryEntityRole = EntityRole.Referenced };

            Assert.AreEqual("contact_accounts.Referenced", relationship.ToString());
        }

        [TestMethod]
        public void DifferentRole_AreNotEqual()
        {
            var first = new Relationship("contact_master_contact") { PrimaryEntityRole = EntityRole.Referenced };
            var second = new Relationship("contact_master_contact") { PrimaryEntityRole = EntityRole.Referencing };

            Assert.AreNotEqual(first, second);
        }

        [TestMethod]
        public void AsRelatedEntitiesKey_FindsEqualRelationship()
        {
            var contact = new Entity("contact");
            var accounts = new EntityCollection();
            contact.RelatedEntities[new Relationship("contact_customer_accounts")] = accounts;

            var found = contact.RelatedEntities[new Relationship("contact_customer_accounts")];

            Assert.AreSame(accounts, found);
        }
    }
}
