using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class ConditionOperatorTests
    {
        [TestMethod]
        public void Values_RunWithoutGapsFromEqualToDoesNotContainValues()
        {
            var values = Enum.GetValues(typeof(ConditionOperator)).Cast<int>().OrderBy(v => v).ToArray();

            CollectionAssert.AreEqual(Enumerable.Range(0, 89).ToArray(), values);
        }

        [TestMethod]
        [DataRow("Equal", 0)]
        [DataRow("In", 8)]
        [DataRow("Null", 12)]
        [DataRow("On", 25)]
        [DataRow("LastXHours", 31)]
        [DataRow("EqualUserId", 41)]
        [DataRow("Contains", 49)]
        [DataRow("BeginsWith", 54)]
        [DataRow("Under", 75)]
        [DataRow("OlderThanXMinutes", 86)]
        [DataRow("DoesNotContainValues", 88)]
        public void Name_HasMicrosoftsNumber(string name, int expected)
        {
            var value = Enum.Parse(typeof(ConditionOperator), name);

            Assert.AreEqual(expected, (int)value);
        }
    }
}
