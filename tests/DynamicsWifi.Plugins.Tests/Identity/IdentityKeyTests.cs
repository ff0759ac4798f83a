using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    [TestClass]
    public sealed class IdentityKeyTests
    {
        // Expected values computed independently: sha256 of the UTF-8 normalised identity, lowercase hex.
        private const string AnnEmailKey = "email-71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";
        private const string AnnPhoneKey = "tel-a8acc3a90a7b4e4dc65e93db9240ed26523050ef754d63b75b5161de76781436";

        [TestMethod]
        public void EmailInMixedCase_GivesTheDocumentedKey()
        {
            EmailAddress.TryParse(" Ann@Example.COM ", out var email);

            Assert.AreEqual(AnnEmailKey, IdentityKey.ForEmail(email!).Value);
        }

        [TestMethod]
        public void PhoneWrittenNationally_GivesTheKeyOfItsE164Form()
        {
            PhoneNumber.TryParse("07700 900123", "GB", out var phone);

            Assert.AreEqual(AnnPhoneKey, IdentityKey.ForPhone(phone!).Value);
        }

        [TestMethod]
        public void EmailAndPhone_EmailWins()
        {
            EmailAddress.TryParse("ann@example.com", out var email);
            PhoneNumber.TryParse("+447700900123", null, out var phone);

            Assert.AreEqual(AnnEmailKey, IdentityKey.From(email, phone)!.Value);
        }

        [TestMethod]
        public void NoIdentity_GivesNoKey()
        {
            Assert.IsNull(IdentityKey.From(null, null));
        }

        [TestMethod]
        public void Key_IsAddressableThroughTheWebApi()
        {
            EmailAddress.TryParse("a+b%c&d@example.com", out var email);

            var key = IdentityKey.ForEmail(email!).Value;

            Assert.AreEqual(-1, key.IndexOfAny("/<>*%&:\\?+".ToCharArray()));
            Assert.IsTrue(key.Length <= 100);
        }
    }
}
