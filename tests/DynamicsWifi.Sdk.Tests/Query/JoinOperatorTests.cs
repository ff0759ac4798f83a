using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class JoinOperatorTests
    {
        [TestMethod]
        [DataRow("Inner", 0)]
        [DataRow("LeftOuter", 1)]
        [DataRow("Natural", 2)]
        [DataRow("MatchFirstRowUsingCrossApply", 3)]
        [DataRow("In", 4)]
        [DataRow("Exists", 5)]
        [DataRow("Any", 6)]
        [DataRow("NotAny", 7)]
        [DataRow("All", 8)]
        [DataRow("NotAll", 9)]
        public void Name_HasMicrosoftsNumber(string name, int expected)
        {
            var value = Enum.Parse(typeof(JoinOperator), name);

            Assert.AreEqual(expected, (int)value);
        }

        [TestMethod]
        public void DefaultValue_IsInner()
        {
            var value = default(JoinOperator);

            Assert.AreEqual("Inner", value.ToString());
        }
    }
}
