using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Batching
{
    /// <summary>Follows stored batches to their per-event outcomes with as few reads as it can: one read covers every
    /// outstanding batch and returns only the finished ones (with their results); no read while batches are still being
    /// sent unless the oldest has waited <see cref="LoginSenderOptions.MaxPollDelay"/>; the wait before a read grows with
    /// the events still outstanding at the rate the environment has shown, and doubles after a read that found nothing.
    /// A batch that fails is handed back to be sent again; so is one older than <see cref="LoginSenderOptions.StuckAfter"/>
    /// that a later batch overtook (its job was lost, say in a restart), or while nothing at all finished for that long.
    /// A slow environment that works through its queue in order is waited for, however long it takes.</summary>
    internal sealed class BatchFollower
    {
        private readonly WifiClient _client;
        private readonly LoginSenderOptions _options;
        private readonly Func<bool> _sending;
        private readonly Action<StoredBatch, IReadOnlyList<PendingLogin>> _resend;
        private readonly Dictionary<Guid, StoredBatch> _outstanding = new Dictionary<Guid, StoredBatch>();
        private Task? _loop;
        private double _eventsPerSecond;
        private DateTime _lastProgress = DateTime.UtcNow;
        private DateTime _latestFinishedAcceptance = DateTime.MinValue;

        public BatchFollower(WifiClient client, LoginSenderOptions options, Func<bool> sending, Action<StoredBatch, IReadOnlyList<PendingLogin>> resend)
        {
            _client = client;
            _options = options;
            _sending = sending;
            _resend = resend;
            _eventsPerSecond = options.ExpectedEventsPerSecond;
        }

        public void Follow(StoredBatch batch)
        {
            lock (_outstanding)
            {
                _outstanding[batch.IngestBatchId] = batch;
                if (_loop == null)
                {
                    _loop = Task.Run(Loop);
                }
            }
        }

        private async Task Loop()
        {
            var waitedSince = DateTime.UtcNow;
            while (true)
            {
                StoredBatch[] batches;
                lock (_outstanding)
                {
                    if (_outstanding.Count == 0)
                    {
                        _loop = null;
                        return;
                    }

                    batches = _outstanding.Values.ToArray();
                }

                var oldest = batches.Min(batch => batch.AcceptedAt);
                var expected = TimeSpan.FromSeconds(batches.Sum(batch => batch.Accepted.Count) / _eventsPerSecond);
                var due = Max(waitedSince + Clamp(expected), _sending() ? oldest + _options.MaxPollDelay : DateTime.MinValue);
                if (DateTime.UtcNow < due)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(100, (due - DateTime.UtcNow).TotalMilliseconds + 1))).ConfigureAwait(false);
                    continue;
                }

                await ReadOnce(batches).ConfigureAwait(false);
                waitedSince = DateTime.UtcNow;
            }
        }

        private async Task ReadOnce(StoredBatch[] batches)
        {
            IReadOnlyList<IngestBatchState> finished;
            try
            {
                finished = await _client.ReadFinishedBatchesAsync(batches.Select(batch => batch.IngestBatchId).ToArray()).ConfigureAwait(false);
            }
            catch (Exception failure)
            {
                foreach (var batch in batches)
                {
                    Forget(batch);
                    Fail(batch.Accepted.Values, failure);
                }

                return;
            }

            var now = DateTime.UtcNow;
            if (finished.Count == 0)
            {
                _eventsPerSecond = Math.Max(10, _eventsPerSecond / 2);
            }
            else
            {
                _lastProgress = now;
            }

            foreach (var state in finished)
            {
                var batch = batches.First(candidate => candidate.IngestBatchId == state.Id);
                Forget(batch);
                Learn(batch, now);
                if (batch.AcceptedAt > _latestFinishedAcceptance)
                {
                    _latestFinishedAcceptance = batch.AcceptedAt;
                }

                var results = state.Results.ToDictionary(result => result.Index);
                var missing = new List<PendingLogin>();
                foreach (var accepted in batch.Accepted)
                {
                    if (state.IsFinished && results.TryGetValue(accepted.Key, out var result))
                    {
                        accepted.Value.Result.TrySetResult(result.For(accepted.Value.Login));
                    }
                    else
                    {
                        missing.Add(accepted.Value);
                    }
                }

                Again(batch, missing);
            }

            foreach (var stuck in batches.Where(batch => finished.All(state => state.Id != batch.IngestBatchId) && IsStuck(batch, now)))
            {
                Forget(stuck);
                Again(stuck, stuck.Accepted.Values.ToList());
            }
        }

        private bool IsStuck(StoredBatch batch, DateTime now) =>
            now - batch.AcceptedAt > _options.StuckAfter && (batch.AcceptedAt < _latestFinishedAcceptance || now - _lastProgress > _options.StuckAfter);

        private void Again(StoredBatch batch, IReadOnlyList<PendingLogin> logins)
        {
            if (logins.Count == 0)
            {
                return;
            }

            if (batch.Resends >= _options.MaxResends)
            {
                Fail(logins, new TimeoutException("Batch " + batch.RootBatchId + " was not recorded after " + (batch.Resends + 1) + " sends."));
                return;
            }

            _resend(batch, logins);
        }

        private void Learn(StoredBatch batch, DateTime now)
        {
            var seconds = Math.Max(0.05, (now - batch.AcceptedAt).TotalSeconds);
            _eventsPerSecond = Math.Max(100, (_eventsPerSecond + batch.Accepted.Count / seconds) / 2);
        }

        private void Forget(StoredBatch batch)
        {
            lock (_outstanding)
            {
                _outstanding.Remove(batch.IngestBatchId);
            }
        }

        private static void Fail(IEnumerable<PendingLogin> logins, Exception failure)
        {
            foreach (var login in logins)
            {
                login.Result.TrySetException(failure);
            }
        }

        private TimeSpan Clamp(TimeSpan wait) =>
            wait < _options.MinPollDelay ? _options.MinPollDelay : wait > _options.MaxPollDelay ? _options.MaxPollDelay : wait;

        private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    }
}
