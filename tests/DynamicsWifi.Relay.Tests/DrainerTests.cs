using System;
using System.Threading.Tasks;
using DynamicsWifi.Relay.Status;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>The drainer against the local host: events end recorded in Dataverse or dead-lettered with Dataverse's
    /// code and field; status and /metrics tell the same.</summary>
    [TestClass]
    public sealed class DrainerTests
    {
        [TestMethod]
        public async Task ValidEvents_AreRecordedAndInvalidOnesDeadLetteredWithTheirCode()
        {
            await using var host = await LocalDataverse.Start();
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(host));
            using var poster = new SignedPoster(relay.Url);
            var list = Logins.List(20, n => "guest" + (n % 5) + "@example.com");
            list.Add(Logins.Valid("bad-1", "not-an-email"));
            list.Add(Logins.Valid("bad-2", "also not an email"));

            await poster.Post(list.ToJsonString());
            var status = await LocalRelay.Drained(() => relay.StatusAsync(), TimeSpan.FromMinutes(2));

            Assert.AreEqual(20L, await LocalDataverse.Sessions(host));
            Assert.AreEqual(2L, status.DeadLettersByCode["WIFI_INVALID_EMAIL"]);
            Assert.AreEqual(20L, status.Outcomes["recorded"]);
        }

        [TestMethod]
        public async Task ResentSession_IsUnchangedNotDoubled()
        {
            await using var host = await LocalDataverse.Start();
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(host));
            using var poster = new SignedPoster(relay.Url);
            await poster.Post(Logins.Valid("s-1", "ann@example.com").ToJsonString());
            await LocalRelay.Drained(() => relay.StatusAsync(), TimeSpan.FromMinutes(1));

            await poster.Post(Logins.Valid("s-1", "ann@example.com").ToJsonString());
            var status = await LocalRelay.Drained(() => relay.StatusAsync(), TimeSpan.FromMinutes(1));

            Assert.AreEqual(1L, await LocalDataverse.Sessions(host));
            Assert.AreEqual(1L, status.Outcomes["unchanged"]);
        }

        [TestMethod]
        public async Task Metrics_ShowDepthAndDeadLettersByCode()
        {
            await using var host = await LocalDataverse.Start();
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(host));
            using var poster = new SignedPoster(relay.Url);
            await poster.Post(Logins.Valid("bad-1", "not-an-email").ToJsonString());
            await LocalRelay.Drained(() => relay.StatusAsync(), TimeSpan.FromMinutes(1));
            using var http = new System.Net.Http.HttpClient { BaseAddress = relay.Url };

            var metrics = await http.GetStringAsync("metrics");

            StringAssert.Contains(metrics, "wifi_relay_queue_depth 0");
            StringAssert.Contains(metrics, "wifi_relay_dead_letters{code=\"WIFI_INVALID_EMAIL\"} 1");
            StringAssert.Contains(metrics, "wifi_relay_webhooks_total{status=\"202\"} 1");
        }
    }
}
