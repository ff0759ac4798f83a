using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class MoneyTests
    {
        [TestMethod]
        public void SameAmount_AreEqualWithSameHash()
        {
            var first = new Money(12.50m);
            var second = new Money(12.5m);

            Assert.AreEqual(first, second);
            Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        }

        [TestMethod]
        public void DifferentAmount_AreNotEqual()
        {
            Assert.AreNotEqual(new Money(1m), new Money(2m));
        }
    }
}
