using DynamicsWifi.Client.Identity;
using DynamicsWifi.SharedFixtures;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>The shared vectors (tests/SharedFixtures), also checked by the plug-in's tests.</summary>
    [TestClass]
    public sealed class IdentityKeyVectorTests
    {
        [TestMethod]
        [DynamicData(nameof(IdentityKeyVector.All), typeof(IdentityKeyVector))]
        public void SharedVector_GivesItsKey(IdentityKeyVector vector)
        {
            var key = GuestIdentityKey.For(vector.Email, vector.Mobile, vector.Country);

            Assert.AreEqual(vector.Key, key);
        }
    }
}
