using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>The Service Bus adapter's logic with the SDK's model factory: what is sent, received, completed,
    /// abandoned and dead-lettered (with the code as reason and "field: message" as description).</summary>
    [TestClass]
    public sealed class ServiceBusEventQueueTests
    {
        private readonly RecordingSender _sender = new RecordingSender();
        private readonly RecordingReceiver _receiver = new RecordingReceiver();

        [TestMethod]
        public async Task Enqueue_SendsOneMessagePerEventWithRefusalsMarked()
        {
            var queue = Queue();
            var refusal = new EventError("WIFI_WRONG_JSON_TYPE", "CanReceiveEmail", "CanReceiveEmail must be true or false.");

            await queue.EnqueueAsync(new[] { IntakeEvent.Readable(Login("s-1"), "{}"), IntakeEvent.Refused(refusal, "{\"CanReceiveEmail\":\"yes\"}") }, CancellationToken.None);

            Assert.AreEqual(2, _sender.Sent.Count);
            Assert.IsFalse(_sender.Sent[0].ApplicationProperties.ContainsKey(ServiceBusEventQueue.RefusedCode));
            Assert.AreEqual("WIFI_WRONG_JSON_TYPE", _sender.Sent[1].ApplicationProperties[ServiceBusEventQueue.RefusedCode]);
        }

        [TestMethod]
        public async Task QuotaExceeded_RefusesTheWebhook()
        {
            var queue = Queue();
            _sender.Refusal = new ServiceBusException("Quota exceeded.", ServiceBusFailureReason.QuotaExceeded);

            var queued = await queue.EnqueueAsync(new[] { IntakeEvent.Readable(Login("s-1"), "{}") }, CancellationToken.None);

            Assert.IsFalse(queued);
        }

        [TestMethod]
        public async Task ReceivedRefusal_IsDeadLetteredNotSent()
        {
            var queue = Queue();
            _receiver.Deliveries.Enqueue(new[] { Received("m-1", Login("s-1")), Refused("m-2", "WIFI_UNKNOWN_FIELD", "Colour") });

            var batch = await queue.NextBatchAsync(500, CancellationToken.None);

            Assert.AreEqual("s-1", batch!.Events.Single().Login.SessionId);
            Assert.AreEqual(("m-2", "WIFI_UNKNOWN_FIELD", "Colour: Colour is not a field."), _receiver.DeadLettered.Single());
        }

        [TestMethod]
        public async Task MessageDeliveredTooOften_IsDeadLetteredWithTheRelaysCode()
        {
            var queue = Queue();
            _receiver.Deliveries.Enqueue(new[] { Received("m-1", Login("s-1"), deliveryCount: 11) });

            var batch = await queue.NextBatchAsync(500, CancellationToken.None);

            Assert.IsNull(batch);
            Assert.AreEqual(RelayCodes.AttemptsExhausted, _receiver.DeadLettered.Single().Reason);
        }

        [TestMethod]
        public async Task BatchId_IsTheSameWhenTheSameMessagesComeBack()
        {
            var queue = Queue();
            _receiver.Deliveries.Enqueue(new[] { Received("m-1", Login("s-1")), Received("m-2", Login("s-2")) });
            _receiver.Deliveries.Enqueue(new[] { Received("m-1", Login("s-1"), deliveryCount: 2), Received("m-2", Login("s-2"), deliveryCount: 2) });
            _receiver.Deliveries.Enqueue(new[] { Received("m-3", Login("s-1")) });

            var first = await queue.NextBatchAsync(500, CancellationToken.None);
            var again = await queue.NextBatchAsync(500, CancellationToken.None);
            var other = await queue.NextBatchAsync(500, CancellationToken.None);

            Assert.AreEqual(first!.BatchId, again!.BatchId);
            Assert.AreNotEqual(first.BatchId, other!.BatchId);
        }

        [TestMethod]
        public async Task Settlement_CompletesDeadLettersAndAbandons()
        {
            var queue = Queue();
            _receiver.Deliveries.Enqueue(new[] { Received("m-1", Login("s-1")), Received("m-2", Login("s-2")), Received("m-3", Login("s-3")) });
            var batch = (await queue.NextBatchAsync(500, CancellationToken.None))!;

            await queue.SettleAsync(batch, Settlements.OneOfEach(), CancellationToken.None);
            var snapshot = await queue.SnapshotAsync(CancellationToken.None);

            CollectionAssert.AreEqual(new[] { "m-1" }, _receiver.Completed);
            Assert.AreEqual(("m-2", "WIFI_INVALID_EMAIL", "Email: Email is not a valid email address."), _receiver.DeadLettered.Single());
            CollectionAssert.AreEqual(new[] { "m-3" }, _receiver.Abandoned);
            Assert.AreEqual(1L, snapshot.DeadLettersByCode["WIFI_INVALID_EMAIL"]);
        }

        private ServiceBusEventQueue Queue() => new ServiceBusEventQueue(_sender, _receiver, new ServiceBusQueueOptions { MaxAttempts = 10 });

        private static GuestEvent Login(string sessionId) => new GuestEvent { SessionId = sessionId, Venue = "Stadium", Email = "ann@example.com" };

        private static ServiceBusReceivedMessage Received(string messageId, GuestEvent login, int deliveryCount = 1) =>
            ServiceBusModelFactory.ServiceBusReceivedMessage(
                body: new BinaryData(LoginJson.Write(login)),
                messageId: messageId,
                deliveryCount: deliveryCount,
                lockedUntil: DateTimeOffset.UtcNow.AddMinutes(1),
                enqueuedTime: DateTimeOffset.UtcNow);

        private static ServiceBusReceivedMessage Refused(string messageId, string code, string field) =>
            ServiceBusModelFactory.ServiceBusReceivedMessage(
                body: new BinaryData("{\"Colour\":\"red\"}"),
                messageId: messageId,
                properties: new Dictionary<string, object>
                {
                    [ServiceBusEventQueue.RefusedCode] = code,
                    [ServiceBusEventQueue.RefusedField] = field,
                    [ServiceBusEventQueue.RefusedMessage] = field + " is not a field.",
                },
                deliveryCount: 1);
    }
}
