using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class UpdateRequestTests
    {
        [TestMethod]
        public void TypedProperties_AreTargetAndConcurrencyBehaviorParameters()
        {
            var contact = new Entity("contact");

            var request = new UpdateRequest { Target = contact, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

            Assert.AreEqual("Update", request.RequestName);
            Assert.AreSame(contact, request["Target"]);
            Assert.AreEqual(ConcurrencyBehavior.IfRowVersionMatches, request["ConcurrencyBehavior"]);
        }

        [TestMethod]
        public void ConcurrencyBehaviorNotSet_IsDefaultAndAbsent()
        {
            var request = new UpdateRequest();

            Assert.AreEqual(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
            Assert.IsFalse(request.Parameters.Contains("ConcurrencyBehavior"));
        }
    }
}
