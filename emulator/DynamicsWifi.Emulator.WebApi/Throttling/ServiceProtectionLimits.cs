using System;

namespace DynamicsWifi.Emulator.WebApi.Throttling
{
    /// <summary>Dataverse's service protection limits, per user over a sliding window: 6,000 requests and 1,200,000 ms of
    /// combined execution time in 300 seconds, and 52 concurrent requests (learn.microsoft.com/power-apps/developer/data-platform/api-limits).
    /// <see cref="ThrottledFraction"/> is a test switch: that fraction of calls is refused as if the request limit were hit.</summary>
    internal sealed class ServiceProtectionLimits
    {
        public bool Enabled { get; init; } = true;

        public int RequestsPerWindow { get; init; } = 6000;

        public long ExecutionMillisecondsPerWindow { get; init; } = 1_200_000;

        public int ConcurrentRequests { get; init; } = 52;

        public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(300);

        /// <summary>0 to 1: the share of calls refused regardless of load, spread evenly (every call n where
        /// floor(n * fraction) moves on), so clients can be tested against throttling without millions of requests.</summary>
        public double ThrottledFraction { get; init; }

        public static ServiceProtectionLimits Off { get; } = new() { Enabled = false };
    }
}
