using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class LogicalOperatorTests
    {
        [TestMethod]
        [DataRow("And", 0)]
        [DataRow("Or", 1)]
        public void Name_HasMicrosoftsNumber(string name, int expected)
        {
            var value = Enum.Parse(typeof(LogicalOperator), name);

            Assert.AreEqual(expected, (int)value);
        }
    }
}
