using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client;
using DynamicsWifi.Client.Http;
using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;
using DynamicsWifi.Relay.Status;
using Microsoft.Extensions.Logging;

namespace DynamicsWifi.Relay.Draining
{
    /// <summary>Feeds the queue to Dataverse through the client's batch path: takes up to 500 events, sends them with
    /// cr_RecordWifiAuthentications under the batch's fixed BatchId (the client retries 429s and transient faults,
    /// honouring Retry-After), keeps at most <see cref="DrainerOptions.MaxUnrecordedBatches"/> stored batches waiting to be
    /// recorded, reads their per-event outcomes with one request for all of them, and settles each event in the queue.
    /// Runs only while its queue says this process may drain (the SQLite lease).</summary>
    public sealed class Drainer
    {
        private readonly IEventQueue _queue;
        private readonly WifiClient _client;
        private readonly DrainerOptions _options;
        private readonly RelayMetrics _metrics;
        private readonly ILogger _log;
        private readonly DrainPace _pace;
        private readonly Dictionary<Guid, UnrecordedBatch> _unrecorded = new Dictionary<Guid, UnrecordedBatch>();
        private readonly Queue<DrainBatch> _toResend = new Queue<DrainBatch>();
        private DateTime _nextReadAt = DateTime.MinValue;
        private DateTime _lastReadAt = DateTime.MinValue;
        private double _recordedPerSecond;
        private bool _resumed;

        public Drainer(IEventQueue queue, WifiClient client, DrainerOptions options, RelayMetrics metrics, ILogger log)
        {
            _queue = queue;
            _client = client;
            _options = options;
            _metrics = metrics;
            _log = log;
            _pace = new DrainPace(options.MaxPause);
            _recordedPerSecond = options.ExpectedEventsPerSecond;
        }

        /// <summary>True while this process holds the right to drain.</summary>
        public bool Draining { get; private set; }

        public TimeSpan Gap => _pace.Gap;

        public async Task RunAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Step(stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception failure)
                {
                    _log.LogError("Drainer step failed ({Type}); retrying in a second.", failure.GetType().Name);
                    _pace.Failed(DateTime.UtcNow);
                    await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
                }
            }
        }

        private async Task Step(CancellationToken stop)
        {
            Draining = await _queue.HoldDrainLeaseAsync(stop).ConfigureAwait(false);
            if (!Draining)
            {
                _resumed = false;
                await Task.Delay(_options.IdleDelay, stop).ConfigureAwait(false);
                return;
            }

            if (!_resumed)
            {
                var sending = _unrecorded.Values.Select(batch => batch.Batch.BatchId).ToHashSet();
                foreach (var orphan in await _queue.UnsettledBatchesAsync(stop).ConfigureAwait(false))
                {
                    if (!sending.Contains(orphan.BatchId) && _toResend.All(queued => queued.BatchId != orphan.BatchId))
                    {
                        _toResend.Enqueue(orphan);
                    }
                }

                _resumed = true;
            }

            await ReadOutcomes(stop).ConfigureAwait(false);
            var now = DateTime.UtcNow;
            if (_unrecorded.Count < _options.MaxUnrecordedBatches && _pace.Wait(now) == TimeSpan.Zero)
            {
                var batch = _toResend.Count > 0 ? _toResend.Dequeue() : await _queue.NextBatchAsync(_options.BatchSize, stop).ConfigureAwait(false);
                if (batch != null)
                {
                    await Send(batch, stop).ConfigureAwait(false);
                    return;
                }
            }

            var pause = _pace.Wait(now);
            var nap = _unrecorded.Count > 0 ? Min(_nextReadAt - now, _options.IdleDelay) : _options.IdleDelay;
            var sleep = pause > TimeSpan.Zero && _unrecorded.Count < _options.MaxUnrecordedBatches ? Min(pause, nap) : nap;
            if (pause > TimeSpan.Zero)
            {
                _metrics.Paused(sleep);
            }

            await Task.Delay(sleep > TimeSpan.Zero ? sleep : TimeSpan.FromMilliseconds(1), stop).ConfigureAwait(false);
        }

        private async Task Send(DrainBatch batch, CancellationToken stop)
        {
            var before = _client.Statistics;
            var throttledBefore = before.Throttled;
            var waitBefore = before.TotalWait;
            BatchAcceptance acceptance;
            try
            {
                acceptance = await _client.SubmitBatchAsync(batch.Events.Select(queued => queued.Login).ToList(), batch.BatchId, stop).ConfigureAwait(false);
            }
            catch (WifiApiException refused) when (refused.StatusCode == 400)
            {
                _log.LogWarning("Dataverse refused batch {BatchId} whole ({Code}); its events are dead letters.", batch.BatchId, refused.WifiCode ?? refused.ErrorCode);
                await Settle(batch, Settlements.RefusedWhole(batch, refused.WifiCode ?? refused.ErrorCode, refused.Message), stop).ConfigureAwait(false);
                return;
            }
            catch (Exception failure) when (!stop.IsCancellationRequested)
            {
                _log.LogWarning("Batch {BatchId} not sent ({Type}); it is sent again later under the same BatchId.", batch.BatchId, failure.GetType().Name);
                _pace.Failed(DateTime.UtcNow);
                _toResend.Enqueue(batch);
                return;
            }

            _pace.Sent(DateTime.UtcNow, _client.Statistics.Throttled - throttledBefore, _client.Statistics.TotalWait - waitBefore);
            _metrics.BatchSent();
            var (settlement, accepted) = Settlements.Submitted(batch, acceptance);
            if (accepted.Count == 0)
            {
                await Settle(batch, settlement, stop).ConfigureAwait(false);
                return;
            }

            _unrecorded[acceptance.IngestBatchId] = new UnrecordedBatch(batch, acceptance.IngestBatchId, accepted, settlement, DateTime.UtcNow);
            _metrics.SetOutstanding(_unrecorded.Count);
            if (_unrecorded.Count == 1)
            {
                _nextReadAt = DateTime.UtcNow + ReadDelay();
            }
        }

        private async Task ReadOutcomes(CancellationToken stop)
        {
            var now = DateTime.UtcNow;
            if (_unrecorded.Count == 0 || now < _nextReadAt)
            {
                return;
            }

            foreach (var waiting in _unrecorded.Values)
            {
                await _queue.KeepAliveAsync(waiting.Batch, stop).ConfigureAwait(false);
            }

            IReadOnlyList<IngestBatchState> finished;
            try
            {
                finished = await _client.ReadFinishedBatchesAsync(_unrecorded.Keys.ToList(), stop).ConfigureAwait(false);
            }
            catch (Exception failure) when (!stop.IsCancellationRequested && !(failure is OperationCanceledException))
            {
                _log.LogWarning("Reading stored batches failed ({Type}); reading again later.", failure.GetType().Name);
                _nextReadAt = now + _options.MaxPollDelay;
                return;
            }

            foreach (var state in finished)
            {
                if (!_unrecorded.Remove(state.Id, out var unrecorded))
                {
                    continue;
                }

                Learn(unrecorded, now);
                _metrics.Counted(Settlements.Outcomes(state));
                await Settle(unrecorded.Batch, Settlements.Recorded(unrecorded, state), stop).ConfigureAwait(false);
            }

            foreach (var stuck in _unrecorded.Values.Where(batch => now - batch.SentAt > _options.StuckAfter).ToList())
            {
                _log.LogWarning("Stored batch {BatchId} not recorded after {Minutes} minutes; its events go back to the queue.", stuck.Batch.BatchId, _options.StuckAfter.TotalMinutes);
                _unrecorded.Remove(stuck.IngestBatchId);
                await Settle(stuck.Batch, Settlements.Stuck(stuck), stop).ConfigureAwait(false);
            }

            _metrics.SetOutstanding(_unrecorded.Count);
            _lastReadAt = now;
            _nextReadAt = DateTime.UtcNow + ReadDelay();
        }

        /// <summary>The batch finished between the last read (or its sending) and this one: taking the middle, not this
        /// read's time, keeps late reads from teaching a slower rate, which would make the next reads later still.</summary>
        private void Learn(UnrecordedBatch batch, DateTime now)
        {
            var since = batch.SentAt > _lastReadAt ? batch.SentAt : _lastReadAt;
            var finishedAbout = since + TimeSpan.FromTicks((now - since).Ticks / 2);
            var seconds = Math.Max(0.05, (finishedAbout - batch.SentAt).TotalSeconds);
            _recordedPerSecond = Math.Max(50, (_recordedPerSecond + batch.Accepted.Count / seconds) / 2);
        }

        private async Task Settle(DrainBatch batch, BatchSettlement settlement, CancellationToken stop)
        {
            await _queue.SettleAsync(batch, settlement, stop).ConfigureAwait(false);
            var retried = batch.Events.Count - settlement.Recorded.Count - settlement.DeadLettered.Count;
            _metrics.Settled(settlement.Recorded.Count, settlement.DeadLettered.Count, retried);
        }

        /// <summary>How long until the oldest stored batch should be recorded at the rate seen so far, within bounds: its
        /// outcome frees a slot for the next batch.</summary>
        private TimeSpan ReadDelay()
        {
            if (_unrecorded.Count == 0)
            {
                return _options.MinPollDelay;
            }

            var oldest = _unrecorded.Values.OrderBy(batch => batch.SentAt).First();
            var expected = TimeSpan.FromSeconds(oldest.Accepted.Count / _recordedPerSecond) - (DateTime.UtcNow - oldest.SentAt);
            return expected < _options.MinPollDelay ? _options.MinPollDelay : expected > _options.MaxPollDelay ? _options.MaxPollDelay : expected;
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    }
}
