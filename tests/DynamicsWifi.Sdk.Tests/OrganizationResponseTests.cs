using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class OrganizationResponseTests
    {
        [TestMethod]
        public void Indexer_ReadsAndWritesResults()
        {
            var response = new OrganizationResponse { ResponseName = "cr_RecordWifiSession" };

            response["Result"] = "ok";

            Assert.AreEqual("ok", response.Results["Result"]);
        }

        [TestMethod]
        public void IndexerOnMissingResult_ThrowsKeyNotFound()
        {
            var response = new OrganizationResponse();

            Assert.ThrowsExactly<KeyNotFoundException>(() => _ = response["Result"]);
        }
    }
}
