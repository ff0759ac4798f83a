using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class ExecuteTransactionFaultTests
    {
        [TestMethod]
        public void Fault_IsAnOrganizationServiceFaultWithTheFailingIndex()
        {
            OrganizationServiceFault fault = new ExecuteTransactionFault { ErrorCode = -2147220969, Message = "missing", FaultedRequestIndex = 3 };

            Assert.AreEqual(3, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
            Assert.AreEqual("0x80040217: missing", fault.ToString());
        }
    }
}
