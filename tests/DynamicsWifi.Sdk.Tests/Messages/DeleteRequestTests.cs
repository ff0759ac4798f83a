using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class DeleteRequestTests
    {
        [TestMethod]
        public void GenericParameters_ReadBackAsTypedProperties()
        {
            var target = new EntityReference("contact", Guid.NewGuid());
            var generic = new OrganizationRequest("Delete")
            {
                ["Target"] = target,
                ["ConcurrencyBehavior"] = ConcurrencyBehavior.AlwaysOverwrite,
            };

            var typed = new DeleteRequest { Parameters = generic.Parameters };

            Assert.AreEqual("Delete", typed.RequestName);
            Assert.AreSame(target, typed.Target);
            Assert.AreEqual(ConcurrencyBehavior.AlwaysOverwrite, typed.ConcurrencyBehavior);
        }
    }
}
