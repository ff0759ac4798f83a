using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class UpsertResponseTests
    {
        [TestMethod]
        public void Results_ReadAsRecordCreatedAndTarget()
        {
            var target = new EntityReference("contact", Guid.NewGuid());
            var response = new UpsertResponse { ["RecordCreated"] = true, ["Target"] = target };

            Assert.IsTrue(response.RecordCreated);
            Assert.AreSame(target, response.Target);
        }

        [TestMethod]
        public void MissingResults_ReadAsFalseAndNull()
        {
            var response = new UpsertResponse();

            Assert.IsFalse(response.RecordCreated);
            Assert.IsNull(response.Target);
        }
    }
}
