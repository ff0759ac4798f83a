using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class OrderTypeTests
    {
        [TestMethod]
        [DataRow("Ascending", 0)]
        [DataRow("Descending", 1)]
        public void Name_HasMicrosoftsNumber(string name, int expected)
        {
            var value = Enum.Parse(typeof(OrderType), name);

            Assert.AreEqual(expected, (int)value);
        }
    }
}
