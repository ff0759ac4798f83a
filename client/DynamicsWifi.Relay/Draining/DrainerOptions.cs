using System;

namespace DynamicsWifi.Relay.Draining
{
    /// <summary>How the drainer feeds Dataverse: batch size, stored batches it lets wait for recording at once, how long
    /// one may take before its events are sent again, how often outcomes are read, and the longest pause it takes.</summary>
    public sealed class DrainerOptions
    {
        /// <summary>Events per cr_RecordWifiAuthentications call: 500 at most (DESIGN.md 4).</summary>
        public int BatchSize { get; set; } = 500;

        /// <summary>Stored batches Dataverse has not yet recorded, at most: its asynchronous service is a queue too.</summary>
        public int MaxUnrecordedBatches { get; set; } = 4;

        /// <summary>A stored batch still not recorded after this long (its job lost) has its events sent again in a new batch.</summary>
        public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

        public TimeSpan MinPollDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        public TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The longest the drainer waits between two batches after 429s or failures.</summary>
        public TimeSpan MaxPause { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How long the drainer sleeps when the queue is empty or it does not hold the lease.</summary>
        public TimeSpan IdleDelay { get; set; } = TimeSpan.FromMilliseconds(100);

        /// <summary>The first guess of how fast Dataverse records events, to time the first read; learned after.</summary>
        public double ExpectedEventsPerSecond { get; set; } = 1000;
    }
}
