using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class RetrieveMultipleResponseTests
    {
        [TestMethod]
        public void EntityCollectionResult_ReadsAsEntityCollection()
        {
            var page = new EntityCollection { EntityName = "contact" };
            var response = new RetrieveMultipleResponse { ["EntityCollection"] = page };

            Assert.AreSame(page, response.EntityCollection);
        }
    }
}
