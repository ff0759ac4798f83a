using System;
using System.Collections.Generic;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>The queue as it stands: events waiting (null where the queue cannot tell), the oldest one's age, and dead
    /// letters by code.</summary>
    public sealed class QueueSnapshot
    {
        public QueueSnapshot(long? depth, TimeSpan? oldestAge, IReadOnlyDictionary<string, long> deadLettersByCode)
        {
            Depth = depth;
            OldestAge = oldestAge;
            DeadLettersByCode = deadLettersByCode;
        }

        public long? Depth { get; }

        public TimeSpan? OldestAge { get; }

        public IReadOnlyDictionary<string, long> DeadLettersByCode { get; }
    }
}
