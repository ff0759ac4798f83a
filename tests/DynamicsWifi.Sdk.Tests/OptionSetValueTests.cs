using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class OptionSetValueTests
    {
        [TestMethod]
        public void SameValue_AreEqualWithSameHash()
        {
            var first = new OptionSetValue(100000001);
            var second = new OptionSetValue(100000001);

            Assert.AreEqual(first, second);
            Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        }

        [TestMethod]
        public void DifferentValue_AreNotEqual()
        {
            Assert.AreNotEqual(new OptionSetValue(1), new OptionSetValue(2));
        }
    }
}
