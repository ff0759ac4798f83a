using System.Collections.Generic;

namespace DynamicsWifi.Relay.Status
{
    /// <summary>What `wifi relay status` and GET /status show: the queue, the rates in and out, Dataverse's throttling
    /// and the drainer's waits, dead letters by code. Counts are since this relay process started, except the queue's
    /// depth, oldest age and dead letters, which are the queue's own.</summary>
    public sealed class RelayStatus
    {
        public long? QueueDepth { get; set; }

        public double? OldestEventAgeSeconds { get; set; }

        public double EventsInPerSecond { get; set; }

        public double EventsOutPerSecond { get; set; }

        public long EventsAccepted { get; set; }

        public long EventsRecorded { get; set; }

        public long EventsDeadLettered { get; set; }

        public long EventsRetried { get; set; }

        public Dictionary<string, long> Outcomes { get; set; } = new Dictionary<string, long>();

        public Dictionary<string, long> DeadLettersByCode { get; set; } = new Dictionary<string, long>();

        public Dictionary<string, long> WebhooksByStatus { get; set; } = new Dictionary<string, long>();

        public bool Draining { get; set; }

        public long BatchesSent { get; set; }

        public long BatchesUnrecorded { get; set; }

        public long ApiCalls { get; set; }

        public long Throttled429 { get; set; }

        public double RetryAfterWaitSeconds { get; set; }

        public long DrainPauses { get; set; }

        public double DrainPauseSeconds { get; set; }

        public double CurrentGapMilliseconds { get; set; }
    }
}
