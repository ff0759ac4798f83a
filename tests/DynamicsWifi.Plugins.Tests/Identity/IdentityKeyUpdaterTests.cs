using System;
using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    [TestClass]
    public sealed class IdentityKeyUpdaterTests
    {
        private static readonly Guid Ann = new Guid("00000000-0000-0000-0000-00000000a001");
        private static readonly Guid Bob = new Guid("00000000-0000-0000-0000-00000000b002");

        [TestMethod]
        public void NewEmail_SetsTheEmailKey()
        {
            var updater = new IdentityKeyUpdater(new FakeContactStore(), new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Ann, "Ann@Example.com", null, null));

            Assert.IsTrue(decision.ChangesKey);
            Assert.AreEqual(EmailKey("ann@example.com"), decision.NewKey);
        }

        [TestMethod]
        public void OnlyANationalMobile_SetsThePhoneKeyWithTheDefaultCountry()
        {
            var settings = new FakeWifiSettings("GB");
            var updater = new IdentityKeyUpdater(new FakeContactStore(), settings);

            var decision = updater.Decide(new ContactIdentityChange(Ann, null, "07700 900123", null));

            Assert.AreEqual(PhoneKey("+447700900123"), decision.NewKey);
            Assert.AreEqual(1, settings.Reads);
        }

        [TestMethod]
        public void InternationalMobile_DoesNotReadTheDefaultCountry()
        {
            var settings = new FakeWifiSettings("GB");
            var updater = new IdentityKeyUpdater(new FakeContactStore(), settings);

            updater.Decide(new ContactIdentityChange(Ann, null, "+44 7700 900123", null));

            Assert.AreEqual(0, settings.Reads);
        }

        [TestMethod]
        public void UnchangedIdentity_KeepsTheKeyWithoutALookup()
        {
            var store = new FakeContactStore();
            var updater = new IdentityKeyUpdater(store, new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Ann, "ann@example.com", null, EmailKey("ann@example.com").Value));

            Assert.IsFalse(decision.ChangesKey);
            Assert.AreEqual(0, store.Lookups);
        }

        [TestMethod]
        public void EmailRemovedAndNoMobile_ClearsTheKey()
        {
            var updater = new IdentityKeyUpdater(new FakeContactStore(), new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Ann, null, null, EmailKey("ann@example.com").Value));

            Assert.IsTrue(decision.ChangesKey);
            Assert.IsNull(decision.NewKey);
        }

        [TestMethod]
        public void MalformedEmail_FallsBackToTheMobile()
        {
            var updater = new IdentityKeyUpdater(new FakeContactStore(), new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Ann, "ann at example", "+447700900123", null));

            Assert.AreEqual(PhoneKey("+447700900123"), decision.NewKey);
        }

        [TestMethod]
        public void KeyHeldByAnotherContact_IsNotTakenAndTheStaleKeyIsCleared()
        {
            var store = new FakeContactStore().WithHolder(EmailKey("bob@example.com"), Bob);
            var updater = new IdentityKeyUpdater(store, new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Ann, "bob@example.com", null, EmailKey("ann@example.com").Value));

            Assert.IsTrue(decision.ChangesKey);
            Assert.IsNull(decision.NewKey);
            Assert.AreEqual(Bob, decision.HeldByContactId);
        }

        [TestMethod]
        public void KeyHeldByAnotherContactAndNoOwnKey_WritesNothing()
        {
            var store = new FakeContactStore().WithHolder(EmailKey("bob@example.com"), Bob);
            var updater = new IdentityKeyUpdater(store, new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Guid.Empty, "bob@example.com", null, null));

            Assert.IsFalse(decision.ChangesKey);
            Assert.AreEqual(Bob, decision.HeldByContactId);
        }

        [TestMethod]
        public void KeyHeldByTheSameContact_IsNotAConflict()
        {
            var store = new FakeContactStore().WithHolder(EmailKey("ann@example.com"), Ann);
            var updater = new IdentityKeyUpdater(store, new FakeWifiSettings("GB"));

            var decision = updater.Decide(new ContactIdentityChange(Ann, "ann@example.com", null, null));

            Assert.AreEqual(EmailKey("ann@example.com"), decision.NewKey);
        }

        [TestMethod]
        public void Reasons_HoldNoEmailOrPhone()
        {
            var store = new FakeContactStore().WithHolder(EmailKey("bob@example.com"), Bob);
            var updater = new IdentityKeyUpdater(store, new FakeWifiSettings("GB"));
            var changes = new[]
            {
                new ContactIdentityChange(Ann, "ann@example.com", "+447700900123", null),
                new ContactIdentityChange(Ann, null, "+447700900123", null),
                new ContactIdentityChange(Ann, "bob@example.com", null, "x"),
                new ContactIdentityChange(Ann, null, null, "x"),
            };

            foreach (var change in changes)
            {
                var reason = updater.Decide(change).Reason;

                StringAssert.DoesNotMatch(reason, new System.Text.RegularExpressions.Regex("@|7700|example"));
            }
        }

        private static IdentityKey EmailKey(string email)
        {
            EmailAddress.TryParse(email, out var parsed);
            return IdentityKey.ForEmail(parsed!);
        }

        private static IdentityKey PhoneKey(string e164)
        {
            PhoneNumber.TryParse(e164, null, out var parsed);
            return IdentityKey.ForPhone(parsed!);
        }
    }
}
