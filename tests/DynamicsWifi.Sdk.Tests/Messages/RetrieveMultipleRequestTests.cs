using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class RetrieveMultipleRequestTests
    {
        [TestMethod]
        public void TypedQuery_IsQueryParameter()
        {
            var query = new StubQuery();

            var request = new RetrieveMultipleRequest { Query = query };

            Assert.AreEqual("RetrieveMultiple", request.RequestName);
            Assert.AreSame(query, request["Query"]);
            Assert.AreSame(query, request.Query);
        }

        private sealed class StubQuery : QueryBase
        {
        }
    }
}
