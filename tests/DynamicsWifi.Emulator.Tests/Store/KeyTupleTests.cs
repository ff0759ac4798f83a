using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Store
{
    [TestClass]
    public sealed class KeyTupleTests
    {
        [TestMethod]
        public void TextDifferingInCaseAndTrailingSpaces_IsEqual()
        {
            var stored = KeyTuple.FromOrdered(new object?[] { "Email-ABC" }, TextCollation.CaseAndAccentInsensitive);
            var sought = KeyTuple.FromOrdered(new object?[] { "email-abc  " }, TextCollation.CaseAndAccentInsensitive);

            Assert.AreEqual(stored, sought);
            Assert.AreEqual(stored!.GetHashCode(), sought!.GetHashCode());
        }

        [TestMethod]
        public void TextDifferingInLeadingSpace_IsNotEqual()
        {
            Assert.AreNotEqual(KeyTuple.FromOrdered(new object?[] { "abc" }, TextCollation.CaseAndAccentInsensitive), KeyTuple.FromOrdered(new object?[] { " abc" }, TextCollation.CaseAndAccentInsensitive));
        }

        [TestMethod]
        public void LookupAndChoice_EqualTheirIdAndNumber()
        {
            var id = Guid.NewGuid();

            var stored = KeyTuple.FromOrdered(new object?[] { new EntityReference("contact", id), new OptionSetValue(3) }, TextCollation.CaseAndAccentInsensitive);
            var sought = KeyTuple.FromOrdered(new object?[] { id, 3 }, TextCollation.CaseAndAccentInsensitive);

            Assert.AreEqual(stored, sought);
        }

        [TestMethod]
        public void AnyNullPart_GivesNoTuple()
        {
            var key = new DynamicsWifi.Emulator.Metadata.AlternateKeyMetadata("t", "k", new[] { "a", "b" });

            var tuple = KeyTuple.From(key, new Dictionary<string, object?> { ["a"] = "x", ["b"] = null }, TextCollation.CaseAndAccentInsensitive);

            Assert.IsNull(tuple);
        }
    }
}
