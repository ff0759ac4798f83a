using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Client.Batching;
using DynamicsWifi.Tests;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    [TestClass]
    [DoNotParallelize]
    public sealed class HostRestartTests
    {
        [TestMethod]
        public async Task HostKilledAndRestartedMidReplay_TenThousandEventsEachRecordedOnce()
        {
            var dataFile = Path.Combine(Directory.CreateTempSubdirectory("wifi-restart-").FullName, "host.db");
            var port = LoopbackPort.Free();
            var host = await HostProcess.Start(dataFile, port);
            using var client = new WifiClient(host.Connection.ClientOptions());
            var (file, sessions) = Replays.LoadFileOf(10_000);

            var replay = Replays.Batches(client, file, new LoginSenderOptions { StuckAfter = TimeSpan.FromSeconds(60), MaxResends = 5 });
            while (client.Statistics.Calls < 6 && !replay.IsCompleted)
            {
                await Task.Delay(20);
            }

            host.Kill();
            host.Dispose();
            await Task.Delay(1000);
            using var restarted = await HostProcess.Start(dataFile, port);
            var summary = await replay;

            var admin = restarted.Connection;
            using var reader = new WifiClient(admin.ClientOptions());
            var stored = await Replays.StoredSessionIds(reader);
            Assert.AreEqual(0, summary.Failed, summary.FailureReasons);
            Assert.AreEqual(0, summary.Rejected + summary.Updated);
            Assert.AreEqual(10_000, summary.Recorded + summary.Unchanged);
            Assert.AreEqual(10_000, stored.Count);
            CollectionAssert.AreEquivalent(sessions.ToList(), stored.ToList());
        }
    }
}
