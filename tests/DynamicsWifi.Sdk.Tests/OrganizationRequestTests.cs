using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class OrganizationRequestTests
    {
        [TestMethod]
        public void NameConstructor_SetsRequestNameWithNoParameters()
        {
            var request = new OrganizationRequest("cr_RecordWifiSession");

            Assert.AreEqual("cr_RecordWifiSession", request.RequestName);
            Assert.AreEqual(0, request.Parameters.Count);
            Assert.IsNull(request.RequestId);
        }

        [TestMethod]
        public void Indexer_ReadsAndWritesParameters()
        {
            var request = new OrganizationRequest("cr_RecordWifiSession");

            request["Payload"] = "{}";

            Assert.AreEqual("{}", request.Parameters["Payload"]);
        }

        [TestMethod]
        public void IndexerOnMissingParameter_ThrowsKeyNotFound()
        {
            var request = new OrganizationRequest("cr_RecordWifiSession");

            Assert.ThrowsExactly<KeyNotFoundException>(() => _ = request["Payload"]);
        }
    }
}
