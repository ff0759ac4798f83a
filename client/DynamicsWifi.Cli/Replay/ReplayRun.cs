using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client;
using DynamicsWifi.Client.Batching;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Cli.Replay
{
    /// <summary>Sends logins in order through the client, batched or one by one, and counts what came back. Single calls
    /// run several at once, but the logins of one session one after the other, so a session's end never overtakes its start.</summary>
    public sealed class ReplayRun
    {
        private readonly WifiClient _client;
        private readonly ReplayMode _mode;
        private readonly LoginSenderOptions _batching;
        private readonly int _singleConcurrency;

        public ReplayRun(WifiClient client, ReplayMode mode, LoginSenderOptions? batching = null, int singleConcurrency = 8)
        {
            _client = client;
            _mode = mode;
            _batching = batching ?? new LoginSenderOptions();
            _singleConcurrency = singleConcurrency;
        }

        /// <param name="logins">The logins, and for rows the file could not type, the error (such events are not sent).</param>
        /// <param name="progress">Called with each event that has its final answer.</param>
        public async Task<ReplaySummary> RunAsync(IReadOnlyList<(GuestEvent? Login, EventError? Error)> logins, Action? progress = null)
        {
            var before = _client.Statistics.Snapshot();
            var clock = Stopwatch.StartNew();
            var answers = new List<Task<EventResult>>(logins.Count);
            foreach (var local in logins.Where(item => item.Login == null))
            {
                answers.Add(Task.FromResult(EventResult.Rejected(new GuestEvent(), new[] { local.Error! })));
                progress?.Invoke();
            }

            var sendable = logins.Where(item => item.Login != null).Select(item => item.Login!).ToList();
            answers.AddRange(_mode == ReplayMode.Batches ? await Batched(sendable, progress).ConfigureAwait(false) : await OneByOne(sendable, progress).ConfigureAwait(false));
            await Task.WhenAll(answers.Select(answer => answer.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            clock.Stop();
            var results = answers.Where(answer => answer.Status == TaskStatus.RanToCompletion).Select(answer => answer.Result).ToList();
            var failures = answers.Where(answer => answer.IsFaulted).Select(answer => answer.Exception!.GetBaseException()).ToList();
            return new ReplaySummary(results, failures, clock.Elapsed, _client.Statistics.Snapshot().Since(before));
        }

        private async Task<IReadOnlyList<Task<EventResult>>> Batched(IReadOnlyList<GuestEvent> logins, Action? progress)
        {
            var sender = new LoginSender(_client, _batching);
            var answers = logins.Select(login => Watched(sender.SendAsync(login), progress)).ToList();
            await sender.DisposeAsync().ConfigureAwait(false);
            return answers;
        }

        private async Task<IReadOnlyList<Task<EventResult>>> OneByOne(IReadOnlyList<GuestEvent> logins, Action? progress)
        {
            var answers = new Task<EventResult>[logins.Count];
            var bySession = Enumerable.Range(0, logins.Count).GroupBy(index => logins[index].SessionId ?? string.Empty);
            using var slots = new SemaphoreSlim(_singleConcurrency);
            await Task.WhenAll(bySession.Select(async session =>
            {
                foreach (var index in session)
                {
                    await slots.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        answers[index] = Watched(_client.RecordAsync(logins[index]), progress);
                        await answers[index].ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }
            })).ConfigureAwait(false);
            return answers;
        }

        private static Task<EventResult> Watched(Task<EventResult> answer, Action? progress)
        {
            if (progress != null)
            {
                answer.ContinueWith(_ => progress(), TaskScheduler.Default);
            }

            return answer;
        }
    }
}
