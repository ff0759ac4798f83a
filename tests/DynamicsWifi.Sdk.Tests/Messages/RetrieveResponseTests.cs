using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class RetrieveResponseTests
    {
        [TestMethod]
        public void EntityResult_ReadsAsEntity()
        {
            var contact = new Entity("contact");
            var response = new RetrieveResponse { ["Entity"] = contact };

            Assert.AreSame(contact, response.Entity);
        }
    }
}
