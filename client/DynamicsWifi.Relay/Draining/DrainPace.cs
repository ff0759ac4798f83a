using System;

namespace DynamicsWifi.Relay.Draining
{
    /// <summary>The gap the drainer leaves between two batches. A call that met 429s (service protection: requests,
    /// execution time or concurrency, each with Retry-After, which the client has already waited out) at least doubles
    /// the gap and makes it no shorter than the Retry-After waited per refusal; a call that failed outright doubles it from
    /// a second; a clean call halves it. So the relay settles just under the rate Dataverse accepts instead of meeting
    /// every limit head-on.</summary>
    internal sealed class DrainPace
    {
        private static readonly TimeSpan Smallest = TimeSpan.FromMilliseconds(20);
        private readonly TimeSpan _maxPause;
        private TimeSpan _gap = TimeSpan.Zero;
        private DateTime _nextAt = DateTime.MinValue;

        public DrainPace(TimeSpan maxPause)
        {
            _maxPause = maxPause;
        }

        public TimeSpan Gap => _gap;

        /// <summary>How long until the next batch may go (zero when it may go now).</summary>
        public TimeSpan Wait(DateTime now) => _nextAt > now ? _nextAt - now : TimeSpan.Zero;

        public void Sent(DateTime now, long throttled, TimeSpan waitedOut)
        {
            if (throttled > 0)
            {
                var perRefusal = TimeSpan.FromTicks(waitedOut.Ticks / throttled);
                Set(now, Max(Max(_gap + _gap, Smallest + Smallest), perRefusal));
            }
            else
            {
                Set(now, _gap < Smallest + Smallest ? TimeSpan.Zero : TimeSpan.FromTicks(_gap.Ticks / 2));
            }
        }

        public void Failed(DateTime now) => Set(now, Max(_gap + _gap, TimeSpan.FromSeconds(1)));

        private void Set(DateTime now, TimeSpan gap)
        {
            _gap = gap > _maxPause ? _maxPause : gap;
            _nextAt = now + _gap;
        }

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    }
}
