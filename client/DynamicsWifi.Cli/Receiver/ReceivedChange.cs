using System;

namespace DynamicsWifi.Cli.Receiver
{
    /// <summary>A consent change the receiver accepted: its idempotency key (the event id), when it arrived, and the body.</summary>
    public sealed class ReceivedChange
    {
        public ReceivedChange(string eventId, DateTimeOffset receivedAt, string body)
        {
            EventId = eventId;
            ReceivedAt = receivedAt;
            Body = body;
        }

        public string EventId { get; }

        public DateTimeOffset ReceivedAt { get; }

        public string Body { get; }
    }
}
