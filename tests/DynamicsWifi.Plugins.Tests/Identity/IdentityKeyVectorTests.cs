using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.SharedFixtures;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    /// <summary>The shared vectors (tests/SharedFixtures), also checked by the client's tests.</summary>
    [TestClass]
    public sealed class IdentityKeyVectorTests
    {
        [TestMethod]
        [DynamicData(nameof(IdentityKeyVector.All), typeof(IdentityKeyVector))]
        public void SharedVector_GivesItsKey(IdentityKeyVector vector)
        {
            EmailAddress.TryParse(vector.Email, out var email);
            PhoneNumber.TryParse(vector.Mobile, vector.Country, out var phone);

            var key = IdentityKey.From(email, phone);

            Assert.AreEqual(vector.Key, key?.Value);
            Assert.AreEqual(vector.Normalised, email?.Value ?? phone?.Value);
        }
    }
}
