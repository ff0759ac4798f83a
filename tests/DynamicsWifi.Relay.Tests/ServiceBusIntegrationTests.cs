using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>Against a real Azure Service Bus queue when WIFI_RELAY_SERVICEBUS (connection string) and
    /// WIFI_RELAY_SERVICEBUS_QUEUE (an empty queue to use) are set; skipped, saying so, otherwise (there is no Service
    /// Bus on this machine and no network to reach one).</summary>
    [TestClass]
    [TestCategory("NeedsServiceBus")]
    public sealed class ServiceBusIntegrationTests
    {
        [TestMethod]
        public async Task EventSentThenSettled_LeavesTheQueueEmpty()
        {
            var connection = Environment.GetEnvironmentVariable("WIFI_RELAY_SERVICEBUS");
            var queueName = Environment.GetEnvironmentVariable("WIFI_RELAY_SERVICEBUS_QUEUE");
            if (string.IsNullOrEmpty(connection) || string.IsNullOrEmpty(queueName))
            {
                Assert.Inconclusive("Skipped: set WIFI_RELAY_SERVICEBUS and WIFI_RELAY_SERVICEBUS_QUEUE to run against a real Service Bus queue.");
            }

            await using var queue = ServiceBusEventQueue.Connect(new ServiceBusQueueOptions { ConnectionString = connection!, QueueName = queueName!, ReceiveWait = TimeSpan.FromSeconds(5) });
            var sessionId = "sb-" + Guid.NewGuid().ToString("N");
            await queue.EnqueueAsync(new[] { IntakeEvent.Readable(new GuestEvent { SessionId = sessionId, Venue = "Stadium", Email = "ann@example.com" }, "{}") }, CancellationToken.None);

            var batch = await queue.NextBatchAsync(500, CancellationToken.None);
            var settlement = new BatchSettlement();
            settlement.Recorded.AddRange(Enumerable.Range(0, batch!.Events.Count));
            await queue.SettleAsync(batch, settlement, CancellationToken.None);

            Assert.IsTrue(batch.Events.Any(queued => queued.Login.SessionId == sessionId));
            Assert.IsNull(await queue.NextBatchAsync(500, CancellationToken.None));
        }
    }
}
