using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>What the WiFi platform's webhook is answered, over HTTP, with the relay taking webhooks only.</summary>
    [TestClass]
    public sealed class WebhookIntakeTests
    {
        private static LocalWebApi _host = null!;

        [ClassInitialize]
        public static async Task StartHost(TestContext context) => _host = await LocalDataverse.Start();

        [ClassCleanup]
        public static async Task StopHost() => await _host.DisposeAsync();

        [TestMethod]
        public async Task SignedEvent_IsAcceptedOnceQueued()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => options.Drain = false);
            using var poster = new SignedPoster(relay.Url);

            var answer = await poster.Post(Logins.Valid("s-1", "ann@example.com").ToJsonString());

            Assert.AreEqual(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.AreEqual(1L, (await relay.StatusAsync()).QueueDepth);
        }

        [TestMethod]
        public async Task ListOfEvents_IsQueuedWhole()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => options.Drain = false);
            using var poster = new SignedPoster(relay.Url);
            var list = new JsonArray(Enumerable.Range(0, 3).Select(n => (JsonNode)Logins.Valid("s-" + n, "ann@example.com")).ToArray());

            var answer = await poster.Post(list.ToJsonString());

            Assert.AreEqual(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.AreEqual(3L, (await relay.StatusAsync()).QueueDepth);
        }

        [TestMethod]
        public async Task WrongSecret_Is401AndQueuesNothing()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => options.Drain = false);
            using var poster = new SignedPoster(relay.Url);

            var answer = await poster.Post(Logins.Valid("s-1", "ann@example.com").ToJsonString(), secret: "not-the-secret");

            Assert.AreEqual(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.AreEqual(0L, (await relay.StatusAsync()).QueueDepth);
        }

        [TestMethod]
        public async Task StaleTimestamp_Is401()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => options.Drain = false);
            using var poster = new SignedPoster(relay.Url);

            var answer = await poster.Post(Logins.Valid("s-1", "ann@example.com").ToJsonString(), at: DateTimeOffset.UtcNow.AddMinutes(-6));

            Assert.AreEqual(HttpStatusCode.Unauthorized, answer.StatusCode);
        }

        [TestMethod]
        public async Task OversizedBody_Is413()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => { options.Drain = false; options.MaxBodyBytes = 1000; });
            using var poster = new SignedPoster(relay.Url);
            var list = new JsonArray(Enumerable.Range(0, 20).Select(n => (JsonNode)Logins.Valid("s-" + n, "ann@example.com")).ToArray());

            var answer = await poster.Post(list.ToJsonString());

            Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
            Assert.AreEqual(0L, (await relay.StatusAsync()).QueueDepth);
        }

        [TestMethod]
        public async Task BodyThatIsNotAnEvent_Is400()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => options.Drain = false);
            using var poster = new SignedPoster(relay.Url);

            var answer = await poster.Post("[{\"SessionId\":\"s-1\"}, 42]");

            Assert.AreEqual(HttpStatusCode.BadRequest, answer.StatusCode);
            StringAssert.Contains(await answer.Content.ReadAsStringAsync(), "Item 1");
        }

        [TestMethod]
        public async Task FullQueue_Is503WithRetryAfter()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => { options.Drain = false; options.Sqlite.MaxDepth = 2; });
            using var poster = new SignedPoster(relay.Url);
            await poster.Post(Logins.Valid("s-1", "ann@example.com").ToJsonString());
            await poster.Post(Logins.Valid("s-2", "ann@example.com").ToJsonString());

            var answer = await poster.Post(Logins.Valid("s-3", "ann@example.com").ToJsonString());

            Assert.AreEqual(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.IsTrue(answer.Headers.RetryAfter!.Delta!.Value >= TimeSpan.FromSeconds(1));
            Assert.AreEqual(2L, (await relay.StatusAsync()).QueueDepth);
        }

        [TestMethod]
        public async Task FieldOfWrongType_IsDeadLetteredWithCodeAndField()
        {
            await using var relay = await LocalRelay.Start(LocalDataverse.Integration(_host), options => options.Drain = false);
            using var poster = new SignedPoster(relay.Url);
            var login = Logins.Valid("s-1", "ann@example.com");
            login["CanReceiveEmail"] = "yes";

            var answer = await poster.Post(login.ToJsonString());
            var status = await relay.StatusAsync();

            Assert.AreEqual(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.AreEqual(0L, status.QueueDepth);
            Assert.AreEqual(1L, status.DeadLettersByCode["WIFI_WRONG_JSON_TYPE"]);
        }
    }
}
