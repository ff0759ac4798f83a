using System;
using System.Net;
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
            await using var relay = await IntakeOnlyRelay.Start(_host);

            var answer = await relay.Post(Login("s-1"));

            Assert.AreEqual(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.AreEqual(1L, await relay.QueueDepth());
        }

        [TestMethod]
        public async Task ListOfEvents_IsQueuedWhole()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host);

            var answer = await relay.Post(Logins.List(3, _ => "ann@example.com").ToJsonString());

            Assert.AreEqual(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.AreEqual(3L, await relay.QueueDepth());
        }

        [TestMethod]
        public async Task WrongSecret_Is401AndQueuesNothing()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host);

            var answer = await relay.Post(Login("s-1"), secret: "not-the-secret");

            Assert.AreEqual(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.AreEqual(0L, await relay.QueueDepth());
        }

        [TestMethod]
        public async Task StaleTimestamp_Is401()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host);

            var answer = await relay.Post(Login("s-1"), at: DateTimeOffset.UtcNow.AddMinutes(-6));

            Assert.AreEqual(HttpStatusCode.Unauthorized, answer.StatusCode);
        }

        [TestMethod]
        public async Task OversizedBody_Is413()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host, options => options.MaxBodyBytes = 1000);

            var answer = await relay.Post(Logins.List(20, _ => "ann@example.com").ToJsonString());

            Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
            Assert.AreEqual(0L, await relay.QueueDepth());
        }

        [TestMethod]
        public async Task BodyThatIsNotAnEvent_Is400()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host);

            var answer = await relay.Post("[{\"SessionId\":\"s-1\"}, 42]");

            Assert.AreEqual(HttpStatusCode.BadRequest, answer.StatusCode);
            StringAssert.Contains(await answer.Content.ReadAsStringAsync(), "Item 1");
        }

        [TestMethod]
        public async Task FullQueue_Is503WithRetryAfter()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host, options => options.Sqlite.MaxDepth = 2);
            await relay.Post(Login("s-1"));
            await relay.Post(Login("s-2"));

            var answer = await relay.Post(Login("s-3"));

            Assert.AreEqual(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.IsTrue(answer.Headers.RetryAfter!.Delta!.Value >= TimeSpan.FromSeconds(1));
            Assert.AreEqual(2L, await relay.QueueDepth());
        }

        [TestMethod]
        public async Task FieldOfWrongType_IsDeadLetteredWithCodeAndField()
        {
            await using var relay = await IntakeOnlyRelay.Start(_host);
            var login = Logins.Valid("s-1", "ann@example.com");
            login["CanReceiveEmail"] = "yes";

            var answer = await relay.Post(login.ToJsonString());
            var status = await relay.StatusAsync();

            Assert.AreEqual(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.AreEqual(0L, status.QueueDepth);
            Assert.AreEqual(1L, status.DeadLettersByCode["WIFI_WRONG_JSON_TYPE"]);
        }

        private static string Login(string sessionId) => Logins.Valid(sessionId, "ann@example.com").ToJsonString();
    }
}
