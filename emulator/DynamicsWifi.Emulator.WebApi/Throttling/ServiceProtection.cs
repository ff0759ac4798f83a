using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;

namespace DynamicsWifi.Emulator.WebApi.Throttling
{
    /// <summary>Service protection as Dataverse applies it, per user: each request is admitted or refused (429 with
    /// Retry-After and the limit's error code), and its execution time is counted when it ends. A $batch counts as one
    /// request and adds its whole execution time (DATAVERSE-FACTS 1.3).</summary>
    internal sealed class ServiceProtection
    {
        private readonly ConcurrentDictionary<Guid, UserBudget> _budgets = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _calls;

        public ServiceProtection(ServiceProtectionLimits limits)
        {
            Limits = limits;
        }

        public ServiceProtectionLimits Limits { get; }

        private long NowSecond => (long)_clock.Elapsed.TotalSeconds;

        public ThrottleRefusal? TryEnter(Guid userId)
        {
            if (!Limits.Enabled)
            {
                return null;
            }

            if (Limits.ThrottledFraction > 0)
            {
                var call = Interlocked.Increment(ref _calls);
                if (Math.Floor(call * Limits.ThrottledFraction) > Math.Floor((call - 1) * Limits.ThrottledFraction))
                {
                    return ThrottleRefusal.Requests(Limits.RequestsPerWindow, Limits.Window, TimeSpan.FromSeconds(1));
                }
            }

            return Budget(userId).TryEnter(NowSecond, Limits);
        }

        public void Leave(Guid userId, TimeSpan elapsed)
        {
            if (Limits.Enabled)
            {
                Budget(userId).Leave(NowSecond, (long)elapsed.TotalMilliseconds);
            }
        }

        public (int Requests, long Milliseconds)? Remaining(Guid userId) => Limits.Enabled ? Budget(userId).Remaining(NowSecond, Limits) : null;

        private UserBudget Budget(Guid userId) => _budgets.GetOrAdd(userId, _ => new UserBudget(Limits.Window));
    }
}
