using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class UpdateMultipleRequestTests
    {
        [TestMethod]
        public void GenericParameters_ReadBackAsTypedTargets()
        {
            var targets = new EntityCollection { EntityName = "contact" };
            var generic = new OrganizationRequest("UpdateMultiple") { ["Targets"] = targets };

            var typed = new UpdateMultipleRequest { Parameters = generic.Parameters };

            Assert.AreEqual("UpdateMultiple", typed.RequestName);
            Assert.AreSame(targets, typed.Targets);
        }
    }
}
