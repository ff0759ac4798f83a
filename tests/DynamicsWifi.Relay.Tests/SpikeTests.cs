using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Tests;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>A stadium's gates open: 40,000 logins posted at once by 16 posters to `wifi relay` while the local host
    /// throttles, the relay killed mid-drain and started again on the same queue file. Every post is answered; every
    /// valid event ends recorded exactly once (sessions counted in the host; the session id is an alternate key, so a
    /// count equal to the events sent means none lost and none doubled), every invalid one dead-lettered with its code.</summary>
    [TestClass]
    [DoNotParallelize]
    public sealed class SpikeTests
    {
        private const int Events = 40_000;
        private const int Posters = 16;
        private const int InvalidEvery = 200;

        [TestMethod]
        public async Task Burst_KilledMidDrain_EndsRecordedExactlyOnceOrDeadLettered()
        {
            await using var host = await LocalDataverse.Start(throttledFraction: 0.1);
            var connectionFile = Path.Combine(Path.GetTempPath(), "wifi-relay-test-" + Guid.NewGuid().ToString("N") + ".connection.json");
            LocalConnection.For(host).Write(connectionFile);
            var queueFile = LocalRelay.QueueFile();
            var answers = new ConcurrentDictionary<HttpStatusCode, int>();

            var clock = Stopwatch.StartNew();
            using (var first = await RelayProcess.Start(connectionFile, queueFile, LoopbackPort.Free()))
            {
                await Burst(first.Url, answers);
                Console.WriteLine($"{Events:N0} posts answered in {clock.Elapsed.TotalSeconds:N1} s");
                var beforeKill = await WaitForSomeRecorded(first);
                Console.WriteLine($"killed at {clock.Elapsed.TotalSeconds:N1} s: {beforeKill.EventsRecorded:N0} recorded, {beforeKill.QueueDepth:N0} waiting, {beforeKill.Throttled429} 429s");
                first.Kill();
                Assert.IsTrue(beforeKill.Throttled429 > 0, "The host should have throttled the drainer before the kill.");
                Assert.IsTrue(beforeKill.QueueDepth > 0, "The kill should come mid-drain.");
            }

            using var second = await RelayProcess.Start(connectionFile, queueFile, LoopbackPort.Free());
            var drained = await LocalRelay.Drained(second.Status, TimeSpan.FromMinutes(10));
            Console.WriteLine($"drained at {clock.Elapsed.TotalSeconds:N1} s after a restart; {drained.Throttled429} more 429s");

            var invalid = Events / InvalidEvery;
            Assert.AreEqual(Events, answers.TryGetValue(HttpStatusCode.Accepted, out var accepted) ? accepted : 0, "Every post is answered 202 in the end: " + string.Join(", ", answers));
            Assert.AreEqual(Events - invalid, await LocalDataverse.Sessions(host));
            Assert.AreEqual((long)invalid, drained.DeadLettersByCode["WIFI_INVALID_EMAIL"]);
            Assert.AreEqual(1, drained.DeadLettersByCode.Count, "No other dead letters: " + string.Join(", ", drained.DeadLettersByCode));
        }

        private static async Task Burst(Uri relay, ConcurrentDictionary<HttpStatusCode, int> answers)
        {
            await Task.WhenAll(Enumerable.Range(0, Posters).Select(poster => Task.Run(async () =>
            {
                using var client = new SignedPoster(relay);
                for (var n = poster; n < Events; n += Posters)
                {
                    var email = n % InvalidEvery == 0 ? "guest" + n + " at example.com" : "guest" + (n % 10_000) + "@example.com";
                    var body = Logins.Valid("burst-" + n, email).ToJsonString();
                    HttpResponseMessage answer;
                    while ((answer = await client.Post(body)).StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        answers.AddOrUpdate(answer.StatusCode, 1, (_, count) => count + 1);
                        await Task.Delay(answer.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                    }

                    answers.AddOrUpdate(answer.StatusCode, 1, (_, count) => count + 1);
                }
            })));
        }

        private static async Task<Status.RelayStatus> WaitForSomeRecorded(RelayProcess relay)
        {
            var until = DateTime.UtcNow.AddMinutes(5);
            while (true)
            {
                var status = await relay.Status();
                if (status.EventsRecorded >= Events / 4 || DateTime.UtcNow > until)
                {
                    return status;
                }

                await Task.Delay(100);
            }
        }
    }
}
