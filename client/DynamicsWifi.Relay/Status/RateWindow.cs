using System;

namespace DynamicsWifi.Relay.Status
{
    /// <summary>Events per second over the last ten whole seconds: a ring of per-second counts, safe across threads.</summary>
    internal sealed class RateWindow
    {
        private const int Seconds = 10;
        private readonly long[] _counts = new long[Seconds];
        private readonly long[] _secondOf = new long[Seconds];

        public void Add(long count)
        {
            var second = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var slot = (int)(second % Seconds);
            lock (_counts)
            {
                if (_secondOf[slot] != second)
                {
                    _secondOf[slot] = second;
                    _counts[slot] = 0;
                }

                _counts[slot] += count;
            }
        }

        public double PerSecond()
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            long total = 0;
            lock (_counts)
            {
                for (var slot = 0; slot < Seconds; slot++)
                {
                    if (_secondOf[slot] > now - Seconds && _secondOf[slot] < now)
                    {
                        total += _counts[slot];
                    }
                }
            }

            return total / (double)(Seconds - 1);
        }
    }
}
