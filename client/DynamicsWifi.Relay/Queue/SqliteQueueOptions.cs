using System;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>The SQLite queue: its file, its bound, how often an event may be sent before it is dead-lettered, and the
    /// drain lease (a relay that dies keeps it this long; another relay on the same file then takes over).</summary>
    public sealed class SqliteQueueOptions
    {
        public string Path { get; set; } = "wifi-relay.db";

        /// <summary>Events waiting at most; a webhook that would pass it is answered 503 with Retry-After.</summary>
        public long MaxDepth { get; set; } = 1_000_000;

        public int MaxAttempts { get; set; } = 10;

        public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);
    }
}
