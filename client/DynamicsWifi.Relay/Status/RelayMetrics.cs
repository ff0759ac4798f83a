using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Relay.Status
{
    /// <summary>What this relay process has done since it started: webhooks answered by status, events in and out (with
    /// rates over the last ten seconds), batches sent, and the drainer's own waits. Safe to update from every thread.</summary>
    public sealed class RelayMetrics
    {
        private readonly ConcurrentDictionary<int, long> _answers = new ConcurrentDictionary<int, long>();
        private readonly ConcurrentDictionary<RecordOutcome, long> _outcomes = new ConcurrentDictionary<RecordOutcome, long>();
        private readonly RateWindow _in = new RateWindow();
        private readonly RateWindow _out = new RateWindow();
        private long _accepted;
        private long _recorded;
        private long _deadLettered;
        private long _retried;
        private long _batches;
        private long _outstanding;
        private long _paceWaits;
        private long _paceWaitTicks;

        public long Accepted => Interlocked.Read(ref _accepted);

        public long Recorded => Interlocked.Read(ref _recorded);

        public long DeadLettered => Interlocked.Read(ref _deadLettered);

        public long Retried => Interlocked.Read(ref _retried);

        public long BatchesSent => Interlocked.Read(ref _batches);

        public long BatchesOutstanding => Interlocked.Read(ref _outstanding);

        public long PaceWaits => Interlocked.Read(ref _paceWaits);

        public TimeSpan PaceWaitTotal => TimeSpan.FromTicks(Interlocked.Read(ref _paceWaitTicks));

        public double InPerSecond => _in.PerSecond();

        public double OutPerSecond => _out.PerSecond();

        public IReadOnlyDictionary<int, long> Answers => _answers.OrderBy(pair => pair.Key).ToDictionary(pair => pair.Key, pair => pair.Value);

        /// <summary>Recorded events by what recording did (recorded, updated, unchanged).</summary>
        public IReadOnlyDictionary<RecordOutcome, long> Outcomes => _outcomes.OrderBy(pair => pair.Key).ToDictionary(pair => pair.Key, pair => pair.Value);

        internal void Answered(int status) => _answers.AddOrUpdate(status, 1, (_, count) => count + 1);

        internal void Queued(int events)
        {
            Interlocked.Add(ref _accepted, events);
            _in.Add(events);
        }

        internal void Settled(int recorded, int deadLettered, int retried)
        {
            Interlocked.Add(ref _recorded, recorded);
            Interlocked.Add(ref _deadLettered, deadLettered);
            Interlocked.Add(ref _retried, retried);
            _out.Add(recorded + deadLettered);
        }

        internal void Counted(IReadOnlyDictionary<RecordOutcome, int> outcomes)
        {
            foreach (var outcome in outcomes)
            {
                _outcomes.AddOrUpdate(outcome.Key, outcome.Value, (_, count) => count + outcome.Value);
            }
        }

        internal void BatchSent() => Interlocked.Increment(ref _batches);

        internal void SetOutstanding(int batches) => Interlocked.Exchange(ref _outstanding, batches);

        internal void Paused(TimeSpan wait)
        {
            Interlocked.Increment(ref _paceWaits);
            Interlocked.Add(ref _paceWaitTicks, wait.Ticks);
        }
    }
}
