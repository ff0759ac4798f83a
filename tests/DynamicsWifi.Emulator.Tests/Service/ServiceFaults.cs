using System;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Service
{
    internal static class ServiceFaults
    {
        /// <summary>The fault Dataverse's SDK callers would catch; fails the test when the call succeeds or throws anything else.</summary>
        public static OrganizationServiceFault Of(Action call) => Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call).Detail;

        public static int Code(uint hex) => unchecked((int)hex);
    }
}
