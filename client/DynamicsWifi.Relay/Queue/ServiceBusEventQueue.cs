using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Azure.Messaging.ServiceBus.Administration;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>The queue on Azure Service Bus, for relays on several machines: one message per event, received in
    /// peek-lock mode by competing drainers (no lease needed), completed once recorded, dead-lettered with the code as
    /// DeadLetterReason and "field: message" as the description, abandoned to be sent again (at-least-once; session ids
    /// dedupe downstream). A batch's BatchId is a hash of its messages' ids, so a batch received again after a lost lock
    /// returns Dataverse's first answer.</summary>
    public sealed class ServiceBusEventQueue : IEventQueue
    {
        internal const string RefusedCode = "WifiRefusedCode";
        internal const string RefusedField = "WifiRefusedField";
        internal const string RefusedMessage = "WifiRefusedMessage";
        private const int MessagesPerSend = 100;
        private readonly ServiceBusSender _sender;
        private readonly ServiceBusReceiver _receiver;
        private readonly ServiceBusQueueOptions _options;
        private readonly ServiceBusClient? _connection;
        private readonly ServiceBusAdministrationClient? _administration;
        private readonly ConcurrentDictionary<string, long> _deadLettered = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        private bool _canReadDepth;

        internal ServiceBusEventQueue(ServiceBusSender sender, ServiceBusReceiver receiver, ServiceBusQueueOptions options, ServiceBusClient? connection = null, ServiceBusAdministrationClient? administration = null)
        {
            _sender = sender;
            _receiver = receiver;
            _options = options;
            _connection = connection;
            _administration = administration;
            _canReadDepth = administration != null;
        }

        public static ServiceBusEventQueue Connect(ServiceBusQueueOptions options)
        {
            var connection = new ServiceBusClient(options.ConnectionString);
            return new ServiceBusEventQueue(
                connection.CreateSender(options.QueueName),
                connection.CreateReceiver(options.QueueName, new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.PeekLock }),
                options,
                connection,
                new ServiceBusAdministrationClient(options.ConnectionString));
        }

        public async Task<bool> EnqueueAsync(IReadOnlyList<IntakeEvent> events, CancellationToken cancel)
        {
            try
            {
                foreach (var chunk in events.Select(Message).Chunk(MessagesPerSend))
                {
                    await _sender.SendMessagesAsync(chunk, cancel).ConfigureAwait(false);
                }
            }
            catch (ServiceBusException full) when (full.Reason == ServiceBusFailureReason.QuotaExceeded)
            {
                return false;
            }

            return true;
        }

        public Task<bool> HoldDrainLeaseAsync(CancellationToken cancel) => Task.FromResult(true);

        public Task<IReadOnlyList<DrainBatch>> UnsettledBatchesAsync(CancellationToken cancel) =>
            Task.FromResult<IReadOnlyList<DrainBatch>>(Array.Empty<DrainBatch>());

        public async Task<DrainBatch?> NextBatchAsync(int maxEvents, CancellationToken cancel)
        {
            var received = await _receiver.ReceiveMessagesAsync(maxEvents, _options.ReceiveWait, cancel).ConfigureAwait(false);
            var kept = new List<ServiceBusReceivedMessage>();
            var events = new List<QueuedEvent>();
            foreach (var message in received)
            {
                var refusal = Refusal(message);
                if (refusal != null)
                {
                    await DeadLetter(message, refusal.Value.Code, refusal.Value.Description, cancel).ConfigureAwait(false);
                    continue;
                }

                kept.Add(message);
                events.Add(new QueuedEvent(LoginJson.Read(message.Body.ToString()), message.DeliveryCount));
            }

            return kept.Count == 0 ? null : new DrainBatch(BatchId(kept), events, kept);
        }

        public async Task KeepAliveAsync(DrainBatch batch, CancellationToken cancel)
        {
            foreach (var message in (IReadOnlyList<ServiceBusReceivedMessage>)batch.Receipt)
            {
                if (message.LockedUntil < DateTimeOffset.UtcNow.AddSeconds(30))
                {
                    await _receiver.RenewMessageLockAsync(message, cancel).ConfigureAwait(false);
                }
            }
        }

        public async Task SettleAsync(DrainBatch batch, BatchSettlement settlement, CancellationToken cancel)
        {
            var messages = (IReadOnlyList<ServiceBusReceivedMessage>)batch.Receipt;
            var settled = new HashSet<int>();
            foreach (var index in settlement.Recorded)
            {
                settled.Add(index);
                await _receiver.CompleteMessageAsync(messages[index], cancel).ConfigureAwait(false);
            }

            foreach (var refused in settlement.DeadLettered)
            {
                settled.Add(refused.Index);
                await DeadLetter(messages[refused.Index], refused.Error.Code, (refused.Error.Field ?? "(event)") + ": " + refused.Error.Message, cancel).ConfigureAwait(false);
            }

            for (var index = 0; index < messages.Count; index++)
            {
                if (!settled.Contains(index))
                {
                    await _receiver.AbandonMessageAsync(messages[index], null, cancel).ConfigureAwait(false);
                }
            }
        }

        /// <summary>Depth needs the Manage right (null without it); the oldest age comes from a peek; dead letters are
        /// those this process made, by code.</summary>
        public async Task<QueueSnapshot> SnapshotAsync(CancellationToken cancel)
        {
            long? depth = null;
            if (_canReadDepth)
            {
                try
                {
                    var runtime = await _administration!.GetQueueRuntimePropertiesAsync(_options.QueueName, cancel).ConfigureAwait(false);
                    depth = runtime.Value.ActiveMessageCount;
                }
                catch (UnauthorizedAccessException)
                {
                    _canReadDepth = false;
                }
            }

            var oldest = await _receiver.PeekMessageAsync(null, cancel).ConfigureAwait(false);
            TimeSpan? age = oldest == null ? (TimeSpan?)null : DateTimeOffset.UtcNow - oldest.EnqueuedTime;
            return new QueueSnapshot(depth, age, new SortedDictionary<string, long>(_deadLettered, StringComparer.Ordinal));
        }

        public async ValueTask DisposeAsync()
        {
            await _receiver.DisposeAsync().ConfigureAwait(false);
            await _sender.DisposeAsync().ConfigureAwait(false);
            if (_connection != null)
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
            }
        }

        internal static string BatchId(IEnumerable<ServiceBusReceivedMessage> messages) =>
            "relay-sb-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", messages.Select(message => message.MessageId))))).Substring(0, 40);

        private static ServiceBusMessage Message(IntakeEvent item)
        {
            var message = new ServiceBusMessage(item.Login != null ? LoginJson.Write(item.Login) : item.Json)
            {
                ContentType = "application/json",
                MessageId = Guid.NewGuid().ToString("N"),
            };
            if (item.Refusal != null)
            {
                message.ApplicationProperties[RefusedCode] = item.Refusal.Code;
                message.ApplicationProperties[RefusedField] = item.Refusal.Field ?? string.Empty;
                message.ApplicationProperties[RefusedMessage] = item.Refusal.Message;
            }

            return message;
        }

        private (string Code, string Description)? Refusal(ServiceBusReceivedMessage message)
        {
            if (message.ApplicationProperties.TryGetValue(RefusedCode, out var code))
            {
                return ((string)code, message.ApplicationProperties[RefusedField] + ": " + message.ApplicationProperties[RefusedMessage]);
            }

            if (message.DeliveryCount > _options.MaxAttempts)
            {
                return (RelayCodes.AttemptsExhausted, "(event): Sent in " + _options.MaxAttempts + " batches without an outcome.");
            }

            try
            {
                LoginJson.Read(message.Body.ToString());
                return null;
            }
            catch (JsonException)
            {
                return (RelayCodes.NotAnEvent, "(event): The message is not a queued login.");
            }
        }

        private async Task DeadLetter(ServiceBusReceivedMessage message, string code, string description, CancellationToken cancel)
        {
            await _receiver.DeadLetterMessageAsync(message, code, description, cancel).ConfigureAwait(false);
            _deadLettered.AddOrUpdate(code, 1, (_, count) => count + 1);
        }
    }
}
