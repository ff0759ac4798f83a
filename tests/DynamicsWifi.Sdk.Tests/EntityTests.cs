using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class EntityTests
    {
        private static readonly Guid ContactId = new Guid("6a1f0c38-8e4c-4b8e-9c57-0d7f3b1d2a10");

        [TestMethod]
        public void IndexerOnMissingAttribute_ThrowsKeyNotFound()
        {
            var contact = new Entity("contact");

            Assert.ThrowsExactly<KeyNotFoundException>(() => _ = contact["firstname"]);
        }

        [TestMethod]
        public void IndexerWrite_AddsThenReplaces()
        {
            var contact = new Entity("contact");

            contact["firstname"] = "Ann";
            contact["firstname"] = "Bea";

            Assert.AreEqual("Bea", contact["firstname"]);
            Assert.AreEqual(1, contact.Attributes.Count);
        }

        [TestMethod]
        public void GetAttributeValueOnMissingAttribute_ReturnsDefault()
        {
            var contact = new Entity("contact");

            var name = contact.GetAttributeValue<string>("firstname");
            var visits = contact.GetAttributeValue<int>("cr_visits");
            var lastSeen = contact.GetAttributeValue<DateTime>("cr_lastseen");
            var optional = contact.GetAttributeValue<int?>("cr_visits");

            Assert.IsNull(name);
            Assert.AreEqual(0, visits);
            Assert.AreEqual(DateTime.MinValue, lastSeen);
            Assert.IsNull(optional);
        }

        [TestMethod]
        public void GetAttributeValueOnNullValue_ReturnsDefault()
        {
            var contact = new Entity("contact");
            contact["cr_visits"] = null;

            var visits = contact.GetAttributeValue<int>("cr_visits");
            var reference = contact.GetAttributeValue<EntityReference>("parentcustomerid");

            Assert.AreEqual(0, visits);
            Assert.IsNull(reference);
        }

        [TestMethod]
        public void GetAttributeValueOfPresentAttribute_ReturnsIt()
        {
            var contact = new Entity("contact");
            contact["cr_visits"] = 3;
            contact["statuscode"] = new OptionSetValue(1);

            Assert.AreEqual(3, contact.GetAttributeValue<int>("cr_visits"));
            Assert.AreEqual(3, contact.GetAttributeValue<int?>("cr_visits"));
            Assert.AreEqual(new OptionSetValue(1), contact.GetAttributeValue<OptionSetValue>("statuscode"));
        }

        [TestMethod]
        public void GetAttributeValueOfWrongType_ThrowsInvalidCast()
        {
            var contact = new Entity("contact");
            contact["cr_visits"] = 3;

            Assert.ThrowsExactly<InvalidCastException>(() => contact.GetAttributeValue<string>("cr_visits"));
        }

        [TestMethod]
        public void TryGetAttributeValueOfPresentAttribute_ReturnsTrueAndValue()
        {
            var contact = new Entity("contact");
            contact["firstname"] = "Ann";

            var found = contact.TryGetAttributeValue<string>("firstname", out var name);

            Assert.IsTrue(found);
            Assert.AreEqual("Ann", name);
        }

        [TestMethod]
        public void TryGetAttributeValueOnMissingAttribute_ReturnsFalseAndDefault()
        {
            var contact = new Entity("contact");

            var found = contact.TryGetAttributeValue<int>("cr_visits", out var visits);

            Assert.IsFalse(found);
            Assert.AreEqual(0, visits);
        }

        [TestMethod]
        public void TryGetAttributeValueOfWrongType_ReturnsFalse()
        {
            var contact = new Entity("contact");
            contact["cr_visits"] = 3;

            var found = contact.TryGetAttributeValue<string>("cr_visits", out var text);

            Assert.IsFalse(found);
            Assert.IsNull(text);
        }

        [TestMethod]
        public void TryGetAttributeValueOfStoredNull_ReturnsFalseAndDefault()
        {
            var contact = new Entity("contact");
            contact["parentcustomerid"] = null;

            var found = contact.TryGetAttributeValue<EntityReference>("parentcustomerid", out var parent);

            Assert.IsFalse(found);
            Assert.IsNull(parent);
        }

        [TestMethod]
        public void TryGetAttributeValueOfStoredNullIntoNullableValueType_ReturnsFalse()
        {
            var contact = new Entity("contact");
            contact["birthdate"] = null;

            var found = contact.TryGetAttributeValue<DateTime?>("birthdate", out var birthdate);

            Assert.IsFalse(found);
            Assert.IsNull(birthdate);
        }

        [TestMethod]
        public void TryGetAttributeValueOfNullIntoValueType_ReturnsFalse()
        {
            var contact = new Entity("contact");
            contact["cr_visits"] = null;

            var found = contact.TryGetAttributeValue<int>("cr_visits", out _);

            Assert.IsFalse(found);
        }

        [TestMethod]
        public void ContainsOnMissingAttribute_IsFalse()
        {
            var contact = new Entity("contact");

            Assert.IsFalse(contact.Contains("firstname"));
        }

        [TestMethod]
        public void ContainsOnAttributeSetToNull_IsTrue()
        {
            var contact = new Entity("contact");
            contact["firstname"] = null;

            Assert.IsTrue(contact.Contains("firstname"));
        }

        [TestMethod]
        public void AttributeNames_AreCaseSensitive()
        {
            var contact = new Entity("contact");
            contact["firstname"] = "Ann";

            Assert.IsFalse(contact.Contains("FirstName"));
        }

        [TestMethod]
        public void SettingId_DoesNotWriteThePrimaryKeyColumn()
        {
            var contact = new Entity("contact") { Id = ContactId };

            Assert.IsFalse(contact.Contains("contactid"));
        }

        [TestMethod]
        public void ToEntityReference_CarriesLogicalNameAndId()
        {
            var contact = new Entity("contact", ContactId);

            var reference = contact.ToEntityReference();

            Assert.AreEqual("contact", reference.LogicalName);
            Assert.AreEqual(ContactId, reference.Id);
            Assert.IsNull(reference.Name);
        }

        [TestMethod]
        public void ToEntityReference_CarriesRowVersion()
        {
            var contact = new Entity("contact", ContactId) { RowVersion = "1234" };

            var reference = contact.ToEntityReference();

            Assert.AreEqual("1234", reference.RowVersion);
        }

        [TestMethod]
        public void ToEntityReferenceWithoutLogicalName_GivesReferenceWithoutName()
        {
            var entity = new Entity { Id = ContactId };

            var reference = entity.ToEntityReference();

            Assert.IsNull(reference.LogicalName);
            Assert.AreEqual(ContactId, reference.Id);
        }

        [TestMethod]
        public void KeyConstructor_SetsKeyAttributesNotAttributes()
        {
            var contact = new Entity("contact", "cr_identitykey", "k-1");

            Assert.AreEqual("k-1", contact.KeyAttributes["cr_identitykey"]);
            Assert.AreEqual(Guid.Empty, contact.Id);
            Assert.IsFalse(contact.Contains("cr_identitykey"));
        }

        [TestMethod]
        public void KeyAttributes_StartEmpty()
        {
            var contact = new Entity("contact");

            Assert.AreEqual(0, contact.KeyAttributes.Count);
        }

        [TestMethod]
        public void ToEntityOfEntity_ReturnsNewInstanceSharingValues()
        {
            var contact = new Entity("contact", ContactId) { RowVersion = "7" };
            contact["firstname"] = "Ann";

            var copy = contact.ToEntity<Entity>();

            Assert.AreNotSame(contact, copy);
            Assert.AreEqual("contact", copy.LogicalName);
            Assert.AreEqual(ContactId, copy.Id);
            Assert.AreEqual("7", copy.RowVersion);
            Assert.AreSame(contact.Attributes, copy.Attributes);
        }

        [TestMethod]
        public void ToEntityOfDerivedType_SharesValues()
        {
            var contact = new Entity("contact", ContactId);
            contact["firstname"] = "Ann";

            var typed = contact.ToEntity<ContactRecord>();

            Assert.AreEqual("contact", typed.LogicalName);
            Assert.AreEqual(ContactId, typed.Id);
            Assert.AreEqual("Ann", typed.FirstName);
        }

        [TestMethod]
        public void ProtectedSetAttributeValue_WritesAttributes()
        {
            var contact = new ContactRecord { FirstName = "Ann" };

            Assert.AreEqual("Ann", contact["firstname"]);
        }

        [TestMethod]
        public void ProtectedGetFormattedAttributeValue_ReadsFormattedValues()
        {
            var contact = new ContactRecord();
            contact.FormattedValues["statuscode"] = "Active";

            Assert.AreEqual("Active", contact.StatusText);
            Assert.IsNull(contact.FormattedText("missing"));
        }

        private sealed class ContactRecord : Entity
        {
            public ContactRecord()
                : base("contact")
            {
            }

            public string FirstName
            {
                get => GetAttributeValue<string>("firstname");
                set => SetAttributeValue("firstname", value);
            }

            public string StatusText => GetFormattedAttributeValue("statuscode");

            public string FormattedText(string name) => GetFormattedAttributeValue(name);
        }
    }
}
