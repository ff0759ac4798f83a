using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class ExecuteTransactionResponseTests
    {
        [TestMethod]
        public void ResponsesResult_ReadsAsResponsesInOrder()
        {
            var first = new CreateResponse();
            var second = new DeleteResponse();

            var response = new ExecuteTransactionResponse { ["Responses"] = new OrganizationResponseCollection { first, second } };

            Assert.HasCount(2, response.Responses);
            Assert.AreSame(first, response.Responses[0]);
            Assert.AreSame(second, response.Responses[1]);
        }
    }
}
