using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Batching
{
    /// <summary>Takes logins one at a time and records them through cr_RecordWifiAuthentications: batches of up to
    /// <see cref="LoginSenderOptions.BatchSize"/>, sent when full or <see cref="LoginSenderOptions.FlushDelay"/> after
    /// their first login, at most <see cref="LoginSenderOptions.MaxConcurrentBatches"/> in flight, each retried on
    /// throttling and transient faults under its BatchId, then followed to every login's own outcome.
    /// <see cref="SendAsync"/>'s task ends with that outcome (or with the failure that stopped it).</summary>
    public sealed class LoginSender : IAsyncDisposable
    {
        private readonly WifiClient _client;
        private readonly LoginSenderOptions _options;
        private readonly SemaphoreSlim _slots;
        private readonly BatchFollower _follower;
        private readonly object _gate = new object();
        private readonly string _batchIdPrefix;
        private readonly List<Task<EventResult>> _results = new List<Task<EventResult>>();
        private List<PendingLogin> _buffer = new List<PendingLogin>();
        private int _generation;
        private int _sequence;
        private int _inFlight;

        public LoginSender(WifiClient client, LoginSenderOptions? options = null)
        {
            _client = client;
            _options = options ?? new LoginSenderOptions();
            if (_options.BatchSize < 1 || _options.BatchSize > 500)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be 1 to 500.");
            }

            _slots = new SemaphoreSlim(_options.MaxConcurrentBatches);
            _batchIdPrefix = _options.BatchIdPrefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            _follower = new BatchFollower(client, _options, () => Volatile.Read(ref _inFlight) > 0 || BufferedCount > 0, Resend);
        }

        private int BufferedCount
        {
            get
            {
                lock (_gate)
                {
                    return _buffer.Count;
                }
            }
        }

        public Task<EventResult> SendAsync(GuestEvent login)
        {
            var pending = new PendingLogin(login);
            List<PendingLogin>? full = null;
            int generation;
            lock (_gate)
            {
                if (_results.Count >= 10_000)
                {
                    _results.RemoveAll(task => task.IsCompleted);
                }

                _results.Add(pending.Result.Task);
                _buffer.Add(pending);
                generation = _generation;
                if (_buffer.Count >= _options.BatchSize)
                {
                    full = Take();
                }
            }

            if (full != null)
            {
                Start(full, BatchIds.First(_batchIdPrefix, Interlocked.Increment(ref _sequence)), 0);
            }
            else if (pending == FirstOf(generation))
            {
                _ = FlushLater(generation);
            }

            return pending.Result.Task;
        }

        /// <summary>Sends what is buffered and waits until every login given so far has its outcome.</summary>
        public async Task FlushAsync()
        {
            List<PendingLogin> rest;
            Task[] all;
            lock (_gate)
            {
                rest = Take();
                all = _results.ToArray<Task>();
            }

            if (rest.Count > 0)
            {
                Start(rest, BatchIds.First(_batchIdPrefix, Interlocked.Increment(ref _sequence)), 0);
            }

            await Task.WhenAll(all.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await FlushAsync().ConfigureAwait(false);
            _slots.Dispose();
        }

        private PendingLogin? FirstOf(int generation)
        {
            lock (_gate)
            {
                return generation == _generation && _buffer.Count > 0 ? _buffer[0] : null;
            }
        }

        private async Task FlushLater(int generation)
        {
            await Task.Delay(_options.FlushDelay).ConfigureAwait(false);
            List<PendingLogin>? due = null;
            lock (_gate)
            {
                if (generation == _generation && _buffer.Count > 0)
                {
                    due = Take();
                }
            }

            if (due != null)
            {
                Start(due, BatchIds.First(_batchIdPrefix, Interlocked.Increment(ref _sequence)), 0);
            }
        }

        private List<PendingLogin> Take()
        {
            var taken = _buffer;
            _buffer = new List<PendingLogin>();
            _generation++;
            return taken;
        }

        private void Resend(StoredBatch batch, IReadOnlyList<PendingLogin> logins) =>
            Start(logins, BatchIds.Resend(batch.RootBatchId, batch.Resends + 1), batch.Resends + 1, batch.RootBatchId);

        private void Start(IReadOnlyList<PendingLogin> logins, string batchId, int resends, string? rootBatchId = null)
        {
            Interlocked.Increment(ref _inFlight);
            _ = Send(logins, batchId, resends, rootBatchId ?? batchId);
        }

        private async Task Send(IReadOnlyList<PendingLogin> logins, string batchId, int resends, string rootBatchId)
        {
            BatchAcceptance acceptance;
            try
            {
                await _slots.WaitAsync().ConfigureAwait(false);
                try
                {
                    acceptance = await _client.SubmitBatchAsync(logins.Select(pending => pending.Login).ToList(), batchId).ConfigureAwait(false);
                }
                finally
                {
                    _slots.Release();
                }
            }
            catch (Exception failure)
            {
                foreach (var pending in logins)
                {
                    pending.Result.TrySetException(failure);
                }

                Interlocked.Decrement(ref _inFlight);
                return;
            }

            var rejected = acceptance.Rejected.ToLookup(error => error.Index, error => error.Error);
            var accepted = new Dictionary<int, PendingLogin>();
            for (var index = 0; index < logins.Count; index++)
            {
                if (rejected.Contains(index))
                {
                    logins[index].Result.TrySetResult(EventResult.Rejected(logins[index].Login, rejected[index].ToList()));
                }
                else
                {
                    accepted[index] = logins[index];
                }
            }

            if (accepted.Count > 0)
            {
                _follower.Follow(new StoredBatch(acceptance.IngestBatchId, rootBatchId, resends, accepted, DateTime.UtcNow));
            }

            Interlocked.Decrement(ref _inFlight);
        }
    }
}
