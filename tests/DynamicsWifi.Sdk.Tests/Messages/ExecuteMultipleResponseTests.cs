using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class ExecuteMultipleResponseTests
    {
        [TestMethod]
        public void Results_ReadAsIsFaultedAndResponses()
        {
            var fault = new OrganizationServiceFault { ErrorCode = -2147220989, Message = "refused" };
            var items = new ExecuteMultipleResponseItemCollection { new ExecuteMultipleResponseItem { RequestIndex = 2, Fault = fault } };

            var response = new ExecuteMultipleResponse { ["IsFaulted"] = true, ["Responses"] = items };

            Assert.IsTrue(response.IsFaulted);
            Assert.AreSame(items, response.Responses);
            Assert.AreEqual(2, response.Responses[0].RequestIndex);
            Assert.AreSame(fault, response.Responses[0].Fault);
            Assert.IsNull(response.Responses[0].Response);
        }

        [TestMethod]
        public void ResponseBuiltByHand_IsNotFaulted()
        {
            var response = new ExecuteMultipleResponse();

            Assert.IsFalse(response.IsFaulted);
            Assert.IsNull(response.Responses);
        }
    }
}
