using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class ParameterCollectionTests
    {
        [TestMethod]
        public void IndexerOnMissingKey_ThrowsKeyNotFound()
        {
            var parameters = new ParameterCollection();

            Assert.ThrowsExactly<KeyNotFoundException>(() => _ = parameters["Target"]);
        }

        [TestMethod]
        public void Keys_AreCaseSensitive()
        {
            var parameters = new ParameterCollection { { "Target", new Entity("contact") } };

            Assert.IsTrue(parameters.Contains("Target"));
            Assert.IsFalse(parameters.Contains("target"));
        }

        [TestMethod]
        public void AddOrUpdateIfNotNullWithNull_LeavesCollectionUnchanged()
        {
            var parameters = new ParameterCollection { { "Reason", "first" } };

            parameters.AddOrUpdateIfNotNull("Reason", null);
            parameters.AddOrUpdateIfNotNull("Other", null);

            Assert.AreEqual("first", parameters["Reason"]);
            Assert.IsFalse(parameters.Contains("Other"));
        }

        [TestMethod]
        public void AddOrUpdateIfNotNullWithValue_AddsOrReplaces()
        {
            var parameters = new ParameterCollection { { "Reason", "first" } };

            parameters.AddOrUpdateIfNotNull("Reason", "second");
            parameters.AddOrUpdateIfNotNull("Count", 2);

            Assert.AreEqual("second", parameters["Reason"]);
            Assert.AreEqual(2, parameters["Count"]);
        }

        [TestMethod]
        public void TypedTryGetValueOfPresentKey_ReturnsValue()
        {
            var id = Guid.NewGuid();
            var parameters = new ParameterCollection { { "id", id } };

            var found = parameters.TryGetValue<Guid>("id", out var value);

            Assert.IsTrue(found);
            Assert.AreEqual(id, value);
        }

        [TestMethod]
        public void TypedTryGetValueOfStoredNull_ReturnsFalseAndDefault()
        {
            var parameters = new ParameterCollection { { "Reason", null! } };

            var found = parameters.TryGetValue<string>("Reason", out var value);

            Assert.IsFalse(found);
            Assert.IsNull(value);
        }

        [TestMethod]
        public void TypedTryGetValueOfMissingKeyOrWrongType_ReturnsFalse()
        {
            var parameters = new ParameterCollection { { "id", "not a guid" } };

            var wrongType = parameters.TryGetValue<Guid>("id", out var value);
            var missing = parameters.TryGetValue<Guid>("other", out _);

            Assert.IsFalse(wrongType);
            Assert.IsFalse(missing);
            Assert.AreEqual(Guid.Empty, value);
        }
    }
}
