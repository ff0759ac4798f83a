using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class ExecuteTransactionRequestTests
    {
        [TestMethod]
        public void TypedRequestsAndReturnResponses_AreItsParameters()
        {
            var requests = new OrganizationRequestCollection { new DeleteRequest { Target = new EntityReference("contact", System.Guid.NewGuid()) } };

            var request = new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true };

            Assert.AreEqual("ExecuteTransaction", request.RequestName);
            Assert.AreSame(requests, request["Requests"]);
            Assert.AreEqual(true, request["ReturnResponses"]);
        }

        [TestMethod]
        public void ReturnResponsesNotSet_IsNullAndAbsent()
        {
            var request = new ExecuteTransactionRequest();

            Assert.IsNull(request.ReturnResponses);
            Assert.IsFalse(request.Parameters.ContainsKey("ReturnResponses"));
            Assert.IsTrue(request.Parameters.ContainsKey("Requests"));
        }
    }
}
