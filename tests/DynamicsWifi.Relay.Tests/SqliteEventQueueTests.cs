using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    [TestClass]
    public sealed class SqliteEventQueueTests
    {
        [TestMethod]
        public async Task BatchFormedBeforeAStop_IsFoundAgainUnderItsBatchId()
        {
            var file = LocalRelay.QueueFile();
            string batchId;
            await using (var first = new SqliteEventQueue(new SqliteQueueOptions { Path = file }))
            {
                await first.EnqueueAsync(Events(3), CancellationToken.None);
                batchId = (await first.NextBatchAsync(500, CancellationToken.None))!.BatchId;
            }

            await using var second = new SqliteEventQueue(new SqliteQueueOptions { Path = file });
            var unsettled = await second.UnsettledBatchesAsync(CancellationToken.None);

            Assert.AreEqual(batchId, unsettled.Single().BatchId);
            Assert.AreEqual(3, unsettled.Single().Events.Count);
            Assert.IsNull(await second.NextBatchAsync(500, CancellationToken.None));
        }

        [TestMethod]
        public async Task Lease_IsHeldByOneQueueUntilReleased()
        {
            var file = LocalRelay.QueueFile();
            var first = new SqliteEventQueue(new SqliteQueueOptions { Path = file });
            await using var second = new SqliteEventQueue(new SqliteQueueOptions { Path = file });
            var firstHolds = await first.HoldDrainLeaseAsync(CancellationToken.None);
            var secondWhileHeld = await second.HoldDrainLeaseAsync(CancellationToken.None);

            await first.DisposeAsync();

            Assert.IsTrue(firstHolds);
            Assert.IsFalse(secondWhileHeld);
            Assert.IsTrue(await second.HoldDrainLeaseAsync(CancellationToken.None));
        }

        [TestMethod]
        public async Task Settlement_RemovesRecordedDeadLettersRefusedAndFreesTheRest()
        {
            await using var queue = new SqliteEventQueue(new SqliteQueueOptions { Path = LocalRelay.QueueFile() });
            await queue.EnqueueAsync(Events(3), CancellationToken.None);
            var batch = (await queue.NextBatchAsync(500, CancellationToken.None))!;

            await queue.SettleAsync(batch, Settlements.OneOfEach(), CancellationToken.None);
            var snapshot = await queue.SnapshotAsync(CancellationToken.None);
            var again = (await queue.NextBatchAsync(500, CancellationToken.None))!;

            Assert.AreEqual(1L, snapshot.Depth);
            Assert.AreEqual(1L, snapshot.DeadLettersByCode["WIFI_INVALID_EMAIL"]);
            Assert.AreEqual("s-2", again.Events.Single().Login.SessionId);
            Assert.AreEqual(2, again.Events.Single().Attempts);
            Assert.AreNotEqual(batch.BatchId, again.BatchId);
        }

        [TestMethod]
        public async Task EventSentTooOften_IsDeadLetteredInsteadOfSentAgain()
        {
            await using var queue = new SqliteEventQueue(new SqliteQueueOptions { Path = LocalRelay.QueueFile(), MaxAttempts = 1 });
            await queue.EnqueueAsync(Events(1), CancellationToken.None);
            var batch = (await queue.NextBatchAsync(500, CancellationToken.None))!;
            await queue.SettleAsync(batch, BatchSettlement.RetryAll(batch), CancellationToken.None);

            var next = await queue.NextBatchAsync(500, CancellationToken.None);
            var snapshot = await queue.SnapshotAsync(CancellationToken.None);

            Assert.IsNull(next);
            Assert.AreEqual(0L, snapshot.Depth);
            Assert.AreEqual(1L, snapshot.DeadLettersByCode[RelayCodes.AttemptsExhausted]);
        }

        private static IntakeEvent[] Events(int count) => Enumerable.Range(0, count)
            .Select(n => IntakeEvent.Readable(new GuestEvent { SessionId = "s-" + n, Venue = "Stadium", Email = "ann@example.com" }, "{}"))
            .ToArray();
    }
}
