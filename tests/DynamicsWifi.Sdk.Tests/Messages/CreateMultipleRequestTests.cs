using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class CreateMultipleRequestTests
    {
        [TestMethod]
        public void TypedTargets_IsTargetsParameter()
        {
            var targets = new EntityCollection(new[] { new Entity("contact"), new Entity("contact") }) { EntityName = "contact" };

            var request = new CreateMultipleRequest { Targets = targets };

            Assert.AreEqual("CreateMultiple", request.RequestName);
            Assert.AreSame(targets, request["Targets"]);
        }
    }
}
