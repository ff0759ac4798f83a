using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Client.Http;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Cli.Replay
{
    /// <summary>What a replay did: outcomes counted, refusals by code (an event under its first error's code), events
    /// that failed for good (the call itself failed after its retries), the speed and what it cost in API calls.</summary>
    public sealed class ReplaySummary
    {
        public ReplaySummary(IReadOnlyList<EventResult> results, IReadOnlyList<Exception> failures, TimeSpan elapsed, CallCounts calls)
        {
            Results = results;
            Failures = failures;
            Elapsed = elapsed;
            Calls = calls;
        }

        public IReadOnlyList<EventResult> Results { get; }

        public int Events => Results.Count + Failed;

        public int Recorded => Count(RecordOutcome.Recorded);

        public int Updated => Count(RecordOutcome.Updated);

        public int Unchanged => Count(RecordOutcome.Unchanged);

        public int Rejected => Count(RecordOutcome.Rejected);

        public int Failed => Failures.Count;

        /// <summary>Why events failed for good, one per failed event.</summary>
        public IReadOnlyList<Exception> Failures { get; }

        public string FailureReasons => string.Join("; ", Failures.GroupBy(failure => failure.GetType().Name + ": " + failure.Message).Select(group => group.Count() + " x " + group.Key));

        public IReadOnlyDictionary<string, int> RejectedByCode =>
            Results.Where(result => result.Outcome == RecordOutcome.Rejected).GroupBy(result => result.Errors[0].Code).OrderByDescending(group => group.Count()).ToDictionary(group => group.Key, group => group.Count());

        public TimeSpan Elapsed { get; }

        public double EventsPerSecond => Events / Math.Max(0.001, Elapsed.TotalSeconds);

        /// <summary>Requests sent (each attempt counted, 429s included), 429s, retries and the time waited before them.</summary>
        public CallCounts Calls { get; }

        /// <summary>Requests the service answered other than with a 429: what counts against the request budget.</summary>
        public long AnsweredCalls => Calls.Calls - Calls.Throttled;

        public ReplaySummary Then(ReplaySummary next) =>
            new ReplaySummary(Results.Concat(next.Results).ToList(), Failures.Concat(next.Failures).ToList(), Elapsed + next.Elapsed, Calls.Plus(next.Calls));

        private int Count(RecordOutcome outcome) => Results.Count(result => result.Outcome == outcome);
    }
}
