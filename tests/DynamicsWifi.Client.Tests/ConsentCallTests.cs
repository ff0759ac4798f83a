using System;
using System.Threading.Tasks;
using DynamicsWifi.Client.Consent;
using DynamicsWifi.Client.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>The consent calls against the host; inconclusive, saying why, while the solution has no consent ledger.</summary>
    [TestClass]
    public sealed class ConsentCallTests
    {
        [TestMethod]
        public async Task PortalRevokesConsent_ContactOptedOutAndNothingPendingForThePlatform()
        {
            await using var host = await LocalHost.Start();
            using var client = LocalHost.Client(host);
            await RequireConsentApis(client);
            var login = GuestEvents.Valid("s-1", "ann@example.com");
            login.ConsentTimestamp = DateTime.UtcNow.AddHours(-2);
            await client.RecordAsync(login);

            await client.Consent.UpdateAsync(new ConsentUpdate { Email = "ann@example.com", Granted = false, Channel = "email", Timestamp = DateTime.UtcNow.AddMinutes(-1), EventId = "portal-1" });

            var guest = await client.ReadGuestAsync(GuestIdentityKey.For("ann@example.com", null)!);
            Assert.IsTrue(guest!.DoNotBulkEmail);
            Assert.AreEqual(0, (await client.Consent.ReadPendingAsync()).Count);
        }

        [TestMethod]
        public async Task Redelivery_WithNothingPending_Succeeds()
        {
            await using var host = await LocalHost.Start();
            using var client = LocalHost.Client(host);
            await RequireConsentApis(client);

            var result = await client.Consent.RedeliverAsync();

            Assert.IsNotNull(result.Properties);
        }

        private static async Task RequireConsentApis(WifiClient client)
        {
            if (!await client.Consent.IsAvailableAsync())
            {
                Assert.Inconclusive("The solution has no consent ledger (cr_wificonsentchange) yet; these calls follow DESIGN.md 4 and 5's shapes.");
            }
        }
    }
}
