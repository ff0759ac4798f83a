using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class UpsertRequestTests
    {
        [TestMethod]
        public void TypedTarget_IsTargetParameter()
        {
            var contact = new Entity("contact", "cr_identitykey", "k-1");

            var request = new UpsertRequest { Target = contact };

            Assert.AreEqual("Upsert", request.RequestName);
            Assert.AreSame(contact, request["Target"]);
        }
    }
}
