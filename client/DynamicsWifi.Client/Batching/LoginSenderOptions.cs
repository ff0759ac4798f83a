using System;

namespace DynamicsWifi.Client.Batching
{
    /// <summary>How the <see cref="LoginSender"/> batches and follows: batch size and flush delay, batches in flight at
    /// once, how long a stored batch may wait before it counts as stuck, and how often outcomes are read.</summary>
    public sealed class LoginSenderOptions
    {
        /// <summary>Events per batch: 500 at most (DESIGN.md 4).</summary>
        public int BatchSize { get; set; } = 500;

        /// <summary>A batch that is not full is sent this long after its first event.</summary>
        public TimeSpan FlushDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        /// <summary>Batch requests in flight at once; well within Dataverse's 52 concurrent requests per user.</summary>
        public int MaxConcurrentBatches { get; set; } = 4;

        /// <summary>A stored batch not recorded after this long (its asynchronous job lost, say in a restart) is sent
        /// again under a derived BatchId; session ids make that safe.</summary>
        public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Resends of one batch before its events fail.</summary>
        public int MaxResends { get; set; } = 3;

        /// <summary>The first read of outcomes waits at least this long after sending stops.</summary>
        public TimeSpan MinPollDelay { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>Outcomes are read at least this often while batches are outstanding, even while sending goes on.</summary>
        public TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The first guess of how fast the environment records events, to time the first read; learned after.</summary>
        public double ExpectedEventsPerSecond { get; set; } = 2000;

        /// <summary>Start of the BatchIds; each sender adds its own unique part, so two senders never share a BatchId.</summary>
        public string BatchIdPrefix { get; set; } = "wifi";
    }
}
