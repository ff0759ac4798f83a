using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    [TestClass]
    [DoNotParallelize]
    public sealed class ThrottledReplayTests
    {
        [TestMethod]
        public async Task HalfOfCallsThrottled_TenThousandEventsEachRecordedOnce()
        {
            await using var host = await LocalHost.Start(throttledFraction: 0.5);
            using var client = LocalHost.Client(host);
            using var admin = LocalHost.Client(host, LocalConnection.AdministratorRole);
            var (file, sessions) = Replays.LoadFileOf(10_000);

            var summary = await Replays.Batches(client, file);

            var stored = await Replays.StoredSessionIds(admin);
            Assert.AreEqual(0, summary.Failed, summary.FailureReasons);
            Assert.AreEqual(10_000, summary.Recorded);
            Assert.AreEqual(0, summary.Rejected + summary.Updated + summary.Unchanged);
            Assert.IsTrue(summary.Calls.Throttled > 0, "no call was throttled");
            Assert.AreEqual(10_000, stored.Count);
            CollectionAssert.AreEquivalent(sessions.ToList(), stored.ToList());
        }
    }
}
