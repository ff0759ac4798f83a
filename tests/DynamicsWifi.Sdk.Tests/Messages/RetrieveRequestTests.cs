using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class RetrieveRequestTests
    {
        [TestMethod]
        public void TypedProperties_AreTargetAndColumnSetParameters()
        {
            var target = new EntityReference("contact", Guid.NewGuid());
            var columns = new ColumnSet("firstname");

            var request = new RetrieveRequest { Target = target, ColumnSet = columns };

            Assert.AreEqual("Retrieve", request.RequestName);
            Assert.AreSame(target, request["Target"]);
            Assert.AreSame(columns, request["ColumnSet"]);
        }

        [TestMethod]
        public void GenericParameters_ReadBackAsTypedProperties()
        {
            var target = new EntityReference("contact", Guid.NewGuid());
            var columns = new ColumnSet(true);
            var generic = new OrganizationRequest("Retrieve") { ["Target"] = target, ["ColumnSet"] = columns };

            var typed = new RetrieveRequest { Parameters = generic.Parameters };

            Assert.AreSame(target, typed.Target);
            Assert.AreSame(columns, typed.ColumnSet);
        }
    }
}
