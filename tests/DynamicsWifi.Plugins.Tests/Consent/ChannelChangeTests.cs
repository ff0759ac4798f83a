using DynamicsWifi.Plugins.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Consent
{
    [TestClass]
    public sealed class ChannelChangeTests
    {
        [TestMethod]
        public void EitherEmailFlag_TurnsEmailConsentOff_Once()
        {
            var changes = ChannelChange.Between(new ContactConsent(), new ContactConsent { DoNotEmail = true, DoNotBulkEmail = true });

            Assert.HasCount(1, changes);
            Assert.AreEqual(ConsentChannel.Email, changes[0].Channel);
            Assert.IsFalse(changes[0].Granted);
        }

        [TestMethod]
        public void ClearingOneEmailFlagWhileTheOtherHolds_IsNoChange()
        {
            var changes = ChannelChange.Between(new ContactConsent { DoNotEmail = true, DoNotBulkEmail = true }, new ContactConsent { DoNotEmail = true });

            Assert.IsEmpty(changes);
        }

        [TestMethod]
        public void PhoneAndEmail_AreSeparateChanges()
        {
            var changes = ChannelChange.Between(new ContactConsent { DoNotBulkEmail = true }, new ContactConsent { DoNotPhone = true });

            Assert.HasCount(2, changes);
            Assert.IsTrue(changes[0].Granted, "email granted again");
            Assert.IsFalse(changes[1].Granted, "phone revoked");
        }

        [TestMethod]
        [DataRow("email", "email")]
        [DataRow(" Phone ", "phone")]
        public void Channel_IsReadInAnyCase(string text, string expected)
        {
            Assert.IsTrue(ConsentChannel.TryParse(text, out var channel));
            Assert.AreEqual(expected, channel);
        }

        [TestMethod]
        public void Sms_IsNoChannelOfContact()
        {
            Assert.IsFalse(ConsentChannel.TryParse("sms", out _));
        }
    }
}
