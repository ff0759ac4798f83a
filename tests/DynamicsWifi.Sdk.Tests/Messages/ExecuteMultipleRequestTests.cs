using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class ExecuteMultipleRequestTests
    {
        [TestMethod]
        public void TypedRequestsAndSettings_AreItsParameters()
        {
            var requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("contact") } };
            var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true };

            var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };

            Assert.AreEqual("ExecuteMultiple", request.RequestName);
            Assert.AreSame(requests, request["Requests"]);
            Assert.AreSame(settings, request["Settings"]);
        }

        [TestMethod]
        public void NewRequest_HoldsRequestsAndSettingsAsNull()
        {
            var request = new ExecuteMultipleRequest();

            Assert.IsTrue(request.Parameters.ContainsKey("Requests"));
            Assert.IsTrue(request.Parameters.ContainsKey("Settings"));
            Assert.IsNull(request.Requests);
            Assert.IsNull(request.Settings);
        }
    }
}
