using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class CreateRequestTests
    {
        [TestMethod]
        public void NewRequest_IsNamedCreateWithNullTarget()
        {
            var request = new CreateRequest();

            Assert.AreEqual("Create", request.RequestName);
            Assert.IsTrue(request.Parameters.Contains("Target"));
            Assert.IsNull(request.Target);
        }

        [TestMethod]
        public void TypedTarget_ReadsBackAsGenericParameter()
        {
            var contact = new Entity("contact");

            OrganizationRequest request = new CreateRequest { Target = contact };

            Assert.AreEqual("Create", request.RequestName);
            Assert.AreSame(contact, request["Target"]);
        }

        [TestMethod]
        public void GenericParameters_ReadBackAsTypedTarget()
        {
            var contact = new Entity("contact");
            var generic = new OrganizationRequest("Create") { ["Target"] = contact };

            var typed = new CreateRequest { Parameters = generic.Parameters };

            Assert.AreSame(contact, typed.Target);
        }
    }
}
