using System;
using System.Threading;

namespace DynamicsWifi.Client.Http
{
    /// <summary>What the client asked of the Web API: requests sent (each attempt counts), those refused with 429, and the
    /// time spent waiting before retries. Safe to read while calls run.</summary>
    public sealed class CallStatistics
    {
        private long _calls;
        private long _throttled;
        private long _retries;
        private long _waitTicks;

        public long Calls => Interlocked.Read(ref _calls);

        public long Throttled => Interlocked.Read(ref _throttled);

        public long Retries => Interlocked.Read(ref _retries);

        public TimeSpan TotalWait => TimeSpan.FromTicks(Interlocked.Read(ref _waitTicks));

        public CallCounts Snapshot() => new CallCounts(Calls, Throttled, Retries, TotalWait);

        internal void CountCall(bool throttled)
        {
            Interlocked.Increment(ref _calls);
            if (throttled)
            {
                Interlocked.Increment(ref _throttled);
            }
        }

        internal void CountRetry(TimeSpan wait)
        {
            Interlocked.Increment(ref _retries);
            Interlocked.Add(ref _waitTicks, wait.Ticks);
        }
    }
}
