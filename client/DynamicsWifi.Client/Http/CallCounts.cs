using System;

namespace DynamicsWifi.Client.Http
{
    /// <summary>The <see cref="CallStatistics"/> at one moment; subtract two to get what happened between them.</summary>
    public sealed class CallCounts
    {
        public CallCounts(long calls, long throttled, long retries, TimeSpan totalWait)
        {
            Calls = calls;
            Throttled = throttled;
            Retries = retries;
            TotalWait = totalWait;
        }

        public long Calls { get; }

        public long Throttled { get; }

        public long Retries { get; }

        public TimeSpan TotalWait { get; }

        public CallCounts Plus(CallCounts other) => new CallCounts(Calls + other.Calls, Throttled + other.Throttled, Retries + other.Retries, TotalWait + other.TotalWait);

        public CallCounts Since(CallCounts earlier) => new CallCounts(Calls - earlier.Calls, Throttled - earlier.Throttled, Retries - earlier.Retries, TotalWait - earlier.TotalWait);
    }
}
