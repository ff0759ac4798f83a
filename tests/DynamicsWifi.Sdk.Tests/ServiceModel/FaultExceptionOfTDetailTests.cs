using System;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests.ServiceModel
{
    [TestClass]
    public sealed class FaultExceptionOfTDetailTests
    {
        [TestMethod]
        public void ThrownWithFault_IsCaughtWithFaultAndReason()
        {
            var fault = new OrganizationServiceFault { ErrorCode = -2147220969, Message = "contact With Id = 1 Does Not Exist" };

            var caught = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
                () => throw new FaultException<OrganizationServiceFault>(fault, fault.Message));

            Assert.AreSame(fault, caught.Detail);
            Assert.AreEqual(-2147220969, caught.Detail.ErrorCode);
            Assert.AreEqual(fault.Message, caught.Message);
        }

        [TestMethod]
        public void ThrownWithoutReason_StillCarriesFault()
        {
            var fault = new OrganizationServiceFault { ErrorCode = -2147220891 };

            var exception = new FaultException<OrganizationServiceFault>(fault);

            Assert.AreSame(fault, exception.Detail);
            Assert.IsFalse(string.IsNullOrEmpty(exception.Message));
        }
    }
}
