using System;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Client.Identity;
using DynamicsWifi.Client.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    [TestClass]
    public sealed class WifiClientTests
    {
        [TestMethod]
        public async Task SingleLogin_IsRecordedAndItsGuestReadByIdentityKey()
        {
            await using var host = await LocalHost.Start();
            using var client = LocalHost.Client(host);

            var result = await client.RecordAsync(GuestEvents.Valid("s-1", " Ann@Example.COM "));
            var guest = await client.ReadGuestAsync(GuestIdentityKey.For("ann@example.com", null)!);

            Assert.AreEqual(RecordOutcome.Recorded, result.Outcome);
            Assert.IsTrue(result.ContactCreated);
            Assert.AreEqual(result.ContactId, guest!.ContactId);
        }

        [TestMethod]
        public async Task RepeatedLogin_IsUnchangedWithTheSameIds()
        {
            await using var host = await LocalHost.Start();
            using var client = LocalHost.Client(host);
            var first = await client.RecordAsync(GuestEvents.Valid("s-1", "ann@example.com"));

            var again = await client.RecordAsync(GuestEvents.Valid("s-1", "ann@example.com"));

            Assert.AreEqual(RecordOutcome.Unchanged, again.Outcome);
            Assert.AreEqual(first.VisitId, again.VisitId);
        }

        [TestMethod]
        public async Task InvalidLogin_IsRejectedNamingEveryField()
        {
            await using var host = await LocalHost.Start();
            using var client = LocalHost.Client(host);
            var login = GuestEvents.Valid("s-1", "not-an-email");
            login.Gender = "Q";

            var result = await client.RecordAsync(login);

            Assert.AreEqual(RecordOutcome.Rejected, result.Outcome);
            CollectionAssert.AreEquivalent(new[] { "Email", "Gender" }, result.Errors.Select(error => error.Field).ToArray());
            Assert.AreEqual("WIFI_INVALID_EMAIL", result.Errors[0].Code);
        }

        [TestMethod]
        public async Task UnknownGuest_ReadsAsNull()
        {
            await using var host = await LocalHost.Start();
            using var client = LocalHost.Client(host);

            var guest = await client.ReadGuestAsync(GuestIdentityKey.For("nobody@example.com", null)!);

            Assert.IsNull(guest);
        }
    }
}
