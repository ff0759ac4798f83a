using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>The SDK's own mocking seams (its protected constructors and virtual methods), recording what the queue
    /// asked of Service Bus; received messages are made with ServiceBusModelFactory.</summary>
    internal sealed class RecordingReceiver : ServiceBusReceiver
    {
        public Queue<IReadOnlyList<ServiceBusReceivedMessage>> Deliveries { get; } = new Queue<IReadOnlyList<ServiceBusReceivedMessage>>();

        public List<string> Completed { get; } = new List<string>();

        public List<string> Abandoned { get; } = new List<string>();

        public List<(string MessageId, string Reason, string Description)> DeadLettered { get; } = new List<(string, string, string)>();

        public override Task<IReadOnlyList<ServiceBusReceivedMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan? maxWaitTime = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Deliveries.Count > 0 ? Deliveries.Dequeue() : (IReadOnlyList<ServiceBusReceivedMessage>)Array.Empty<ServiceBusReceivedMessage>());

        public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
        {
            Completed.Add(message.MessageId);
            return Task.CompletedTask;
        }

        public override Task AbandonMessageAsync(ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default)
        {
            Abandoned.Add(message.MessageId);
            return Task.CompletedTask;
        }

        public override Task DeadLetterMessageAsync(ServiceBusReceivedMessage message, string deadLetterReason, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default)
        {
            DeadLettered.Add((message.MessageId, deadLetterReason, deadLetterErrorDescription ?? string.Empty));
            return Task.CompletedTask;
        }

        public override Task<ServiceBusReceivedMessage> PeekMessageAsync(long? fromSequenceNumber = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<ServiceBusReceivedMessage>(null!);

        public override ValueTask DisposeAsync() => default;
    }

    internal sealed class RecordingSender : ServiceBusSender
    {
        public List<ServiceBusMessage> Sent { get; } = new List<ServiceBusMessage>();

        public ServiceBusException? Refusal { get; set; }

        public override Task SendMessagesAsync(IEnumerable<ServiceBusMessage> messages, CancellationToken cancellationToken = default)
        {
            if (Refusal != null)
            {
                throw Refusal;
            }

            Sent.AddRange(messages.ToList());
            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync() => default;
    }
}
