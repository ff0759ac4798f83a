using System;
using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    [TestClass]
    public sealed class IdentityResolverTests
    {
        private static readonly DateTime Old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        [TestMethod]
        public void ContactHoldingTheKey_IsTheGuestWhateverItsState()
        {
            var guest = Guest("ann@example.com", null);
            var keyed = Candidate(key: guest.Key.Value, active: false);

            var resolution = IdentityResolver.Resolve(guest, new[] { Candidate(email1: "ann@example.com", created: Old), keyed });

            Assert.AreEqual(keyed.Id, resolution.ContactId);
            Assert.IsFalse(resolution.StampKey);
        }

        [TestMethod]
        public void OldestActiveEmailMatch_InAnyEmailColumn_IsStamped()
        {
            var guest = Guest("ann@example.com", null);
            var older = Candidate(email3: " ANN@example.com ", created: Old);

            var resolution = IdentityResolver.Resolve(guest, new[] { Candidate(email1: "ann@example.com", created: Old.AddDays(1)), older, Candidate(email1: "ann@example.com", created: Old.AddDays(-1), active: false) });

            Assert.AreEqual(older.Id, resolution.ContactId);
            Assert.IsTrue(resolution.StampKey);
        }

        [TestMethod]
        public void EmailMatch_WinsOverAnotherContactWithTheMobile_WhichIsReported()
        {
            var guest = Guest("ann@example.com", "+447700900123");
            var byMobile = Candidate(mobile: "+447700900123", created: Old);
            var byEmail = Candidate(email1: "ann@example.com", created: Old.AddDays(1));

            var resolution = IdentityResolver.Resolve(guest, new[] { byMobile, byEmail });

            Assert.AreEqual(byEmail.Id, resolution.ContactId);
            Assert.AreEqual(byMobile.Id, resolution.OtherMatchId);
            StringAssert.Contains(resolution.Reason, byMobile.Id.ToString());
            Assert.IsFalse(resolution.Reason.Contains("ann") || resolution.Reason.Contains("7700"));
        }

        [TestMethod]
        public void MobileMatch_IsUsedWhenNoEmailMatches()
        {
            var guest = Guest("ann@example.com", "+447700900123");
            var byMobile = Candidate(mobile: "+447700900123");

            var resolution = IdentityResolver.Resolve(guest, new[] { byMobile });

            Assert.AreEqual(byMobile.Id, resolution.ContactId);
            Assert.IsTrue(resolution.StampKey);
        }

        [TestMethod]
        public void NoMatch_IsANewGuest()
        {
            var resolution = IdentityResolver.Resolve(Guest("ann@example.com", null), new[] { Candidate(email1: "bob@example.com") });

            Assert.IsTrue(resolution.IsNew);
        }

        private static GuestIdentity Guest(string? email, string? mobile)
        {
            EmailAddress.TryParse(email, out var parsedEmail);
            PhoneNumber.TryParse(mobile, null, out var parsedPhone);
            return new GuestIdentity(parsedEmail, parsedPhone);
        }

        private static ContactCandidate Candidate(string? key = null, string? email1 = null, string? email3 = null, string? mobile = null, DateTime? created = null, bool active = true) =>
            new ContactCandidate(Guid.NewGuid(), key, email1, null, email3, mobile, created ?? Old, active);
    }
}
