using System;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Transactions
{
    /// <summary>Asserts that an action fails with Dataverse's fault of a given code.</summary>
    internal static class FaultAssert
    {
        public static OrganizationServiceFault Expect(int errorCode, Action action)
        {
            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
            Assert.AreEqual(errorCode, fault.Detail.ErrorCode, fault.Detail.Message);
            return fault.Detail;
        }

        public static int? CodeOf(Exception? failure) => (failure as FaultException<OrganizationServiceFault>)?.Detail.ErrorCode;
    }
}
