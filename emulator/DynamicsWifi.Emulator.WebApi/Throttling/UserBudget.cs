using System;

namespace DynamicsWifi.Emulator.WebApi.Throttling
{
    /// <summary>One user's use of the sliding window: requests and execution time counted per second over the window,
    /// and the requests in flight. Thread-safe.</summary>
    internal sealed class UserBudget
    {
        private readonly object _gate = new();
        private readonly long[] _second;
        private readonly int[] _requests;
        private readonly long[] _milliseconds;
        private int _inFlight;

        public UserBudget(TimeSpan window)
        {
            var seconds = Math.Max(1, (int)window.TotalSeconds);
            _second = new long[seconds];
            _requests = new int[seconds];
            _milliseconds = new long[seconds];
        }

        /// <summary>Counts a request in when every limit allows it; else the refusal, counting nothing.</summary>
        public ThrottleRefusal? TryEnter(long nowSecond, ServiceProtectionLimits limits)
        {
            lock (_gate)
            {
                if (_inFlight >= limits.ConcurrentRequests)
                {
                    return ThrottleRefusal.Concurrency(limits.ConcurrentRequests);
                }

                var (requests, milliseconds) = Totals(nowSecond);
                if (requests >= limits.RequestsPerWindow)
                {
                    return ThrottleRefusal.Requests(limits.RequestsPerWindow, limits.Window, UntilFreed(nowSecond, requests - limits.RequestsPerWindow + 1, slot => _requests[slot]));
                }

                if (milliseconds >= limits.ExecutionMillisecondsPerWindow)
                {
                    return ThrottleRefusal.ExecutionTime(limits.ExecutionMillisecondsPerWindow, limits.Window, UntilFreed(nowSecond, milliseconds - limits.ExecutionMillisecondsPerWindow + 1, slot => _milliseconds[slot]));
                }

                var slot = Slot(nowSecond);
                _requests[slot]++;
                _inFlight++;
                return null;
            }
        }

        public void Leave(long nowSecond, long elapsedMilliseconds)
        {
            lock (_gate)
            {
                _milliseconds[Slot(nowSecond)] += elapsedMilliseconds;
                _inFlight--;
            }
        }

        /// <summary>What is left of the window's budgets (Dataverse's x-ms-ratelimit-*-remaining-xrm-requests headers).</summary>
        public (int Requests, long Milliseconds) Remaining(long nowSecond, ServiceProtectionLimits limits)
        {
            lock (_gate)
            {
                var (requests, milliseconds) = Totals(nowSecond);
                return (Math.Max(0, limits.RequestsPerWindow - requests), Math.Max(0, limits.ExecutionMillisecondsPerWindow - milliseconds));
            }
        }

        private (int Requests, long Milliseconds) Totals(long nowSecond)
        {
            var requests = 0;
            long milliseconds = 0;
            for (var i = 0; i < _second.Length; i++)
            {
                if (nowSecond - _second[i] < _second.Length)
                {
                    requests += _requests[i];
                    milliseconds += _milliseconds[i];
                }
            }

            return (requests, milliseconds);
        }

        /// <summary>The slot of this second, emptied first if it still holds a second that has left the window.</summary>
        private int Slot(long nowSecond)
        {
            var slot = (int)(nowSecond % _second.Length);
            if (_second[slot] != nowSecond)
            {
                _second[slot] = nowSecond;
                _requests[slot] = 0;
                _milliseconds[slot] = 0;
            }

            return slot;
        }

        /// <summary>Seconds until enough of the oldest counted use has left the window to free <paramref name="excess"/>.</summary>
        private TimeSpan UntilFreed(long nowSecond, long excess, Func<int, long> used)
        {
            long freed = 0;
            for (var age = _second.Length - 1; age >= 0; age--)
            {
                var second = nowSecond - age;
                var slot = (int)(((second % _second.Length) + _second.Length) % _second.Length);
                if (_second[slot] != second)
                {
                    continue;
                }

                freed += used(slot);
                if (freed >= excess)
                {
                    return TimeSpan.FromSeconds(_second.Length - age);
                }
            }

            return TimeSpan.FromSeconds(_second.Length);
        }
    }
}
