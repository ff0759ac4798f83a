using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class EntityReferenceTests
    {
        private static readonly Guid ContactId = new Guid("6a1f0c38-8e4c-4b8e-9c57-0d7f3b1d2a10");

        [TestMethod]
        public void SameLogicalNameAndId_AreEqualWithSameHash()
        {
            var first = new EntityReference("contact", ContactId) { Name = "Ann" };
            var second = new EntityReference("contact", ContactId) { RowVersion = "42" };

            Assert.AreEqual(first, second);
            Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        }

        [TestMethod]
        public void DifferentId_AreNotEqual()
        {
            var first = new EntityReference("contact", ContactId);
            var second = new EntityReference("contact", Guid.NewGuid());

            Assert.AreNotEqual(first, second);
        }

        [TestMethod]
        public void DifferentLogicalName_AreNotEqual()
        {
            var first = new EntityReference("contact", ContactId);
            var second = new EntityReference("account", ContactId);

            Assert.AreNotEqual(first, second);
        }

        [TestMethod]
        public void SameAlternateKeyWithoutId_AreEqual()
        {
            var first = new EntityReference("contact", "cr_identitykey", "k-1");
            var second = new EntityReference("contact", "cr_identitykey", "k-1");

            Assert.AreEqual(first, second);
            Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        }

        [TestMethod]
        public void ReferencesByDifferentKeyValues_DoNotShareOneHash()
        {
            var hashes = new System.Collections.Generic.HashSet<int>();

            for (var index = 0; index < 100; index++)
            {
                hashes.Add(new EntityReference("contact", "cr_identitykey", "k-" + index).GetHashCode());
            }

            Assert.IsGreaterThan(90, hashes.Count);
        }

        [TestMethod]
        public void ReferencesToDifferentTablesWithoutId_DoNotShareOneHash()
        {
            var contact = new EntityReference("contact", "cr_identitykey", "k-1");
            var account = new EntityReference("account", "cr_identitykey", "k-1");

            Assert.AreNotEqual(contact.GetHashCode(), account.GetHashCode());
        }

        [TestMethod]
        public void KeyOrder_DoesNotChangeEqualityOrHash()
        {
            var first = new EntityReference("contact", new KeyAttributeCollection { { "a", 1 }, { "b", "x" } });
            var second = new EntityReference("contact", new KeyAttributeCollection { { "b", "x" }, { "a", 1 } });

            Assert.AreEqual(first, second);
            Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        }

        [TestMethod]
        public void DifferentAlternateKeyWithoutId_AreNotEqual()
        {
            var first = new EntityReference("contact", "cr_identitykey", "k-1");
            var second = new EntityReference("contact", "cr_identitykey", "k-2");

            Assert.AreNotEqual(first, second);
        }

        [TestMethod]
        public void ComparedWithNullOrOtherType_IsNotEqual()
        {
            var reference = new EntityReference("contact", ContactId);

            Assert.IsFalse(reference.Equals(null));
            Assert.IsFalse(reference.Equals(ContactId));
        }

        [TestMethod]
        public void KeyConstructor_SetsKeyAttributes()
        {
            var keys = new KeyAttributeCollection { { "cr_identitykey", "k-1" } };

            var reference = new EntityReference("contact", keys);

            Assert.AreSame(keys, reference.KeyAttributes);
            Assert.AreEqual(Guid.Empty, reference.Id);
        }

        [TestMethod]
        public void KeyAttributes_StartEmpty()
        {
            var reference = new EntityReference("contact", ContactId);

            Assert.AreEqual(0, reference.KeyAttributes.Count);
        }
    }
}
