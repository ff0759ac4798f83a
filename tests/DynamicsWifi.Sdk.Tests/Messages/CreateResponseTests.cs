using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class CreateResponseTests
    {
        [TestMethod]
        public void IdResult_ReadsAsId()
        {
            var id = Guid.NewGuid();
            var generic = new OrganizationResponse { ResponseName = "Create", ["id"] = id };

            var typed = new CreateResponse { Results = generic.Results };

            Assert.AreEqual(id, typed.id);
        }

        [TestMethod]
        public void MissingIdResult_ReadsAsEmptyGuid()
        {
            var response = new CreateResponse();

            Assert.AreEqual(Guid.Empty, response.id);
        }
    }
}
