using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

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
        public void TypedResponsesBuiltByHand_HaveNoResponseName()
        {
            var responses = new OrganizationResponse[]
            {
                new CreateResponse(), new RetrieveResponse(), new UpdateResponse(), new DeleteResponse(), new UpsertResponse(),
                new RetrieveMultipleResponse(), new CreateMultipleResponse(), new UpdateMultipleResponse(),
            };

            var names = responses.Select(response => response.ResponseName).ToList();

            Assert.IsTrue(names.All(name => name == null), string.Join(", ", names));
        }

        [TestMethod]
        public void IndexerOnMissingResult_ThrowsKeyNotFound()
        {
            var response = new OrganizationResponse();

            Assert.ThrowsExactly<KeyNotFoundException>(() => _ = response["Result"]);
        }
    }
}
