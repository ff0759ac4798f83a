using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest.Json;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>What recording a batch came to: its status, the counts on the row and the per-event results.</summary>
    public sealed class BatchOutcome
    {
        public BatchOutcome(IReadOnlyList<EventOutcome> outcomes)
        {
            var ordered = outcomes.OrderBy(outcome => outcome.Index).ToList();
            Recorded = ordered.Count(outcome => outcome.Kind == OutcomeKind.Recorded);
            Updated = ordered.Count(outcome => outcome.Kind == OutcomeKind.Updated);
            Unchanged = ordered.Count(outcome => outcome.Kind == OutcomeKind.Unchanged);
            Failed = ordered.Count(outcome => outcome.Kind == OutcomeKind.Rejected);
            Status = Failed > 0 ? BatchStatus.CompletedWithErrors : BatchStatus.Completed;
            ResultsJson = BatchJson.Results(ordered);
        }

        public BatchStatus Status { get; }

        public int Recorded { get; }

        public int Updated { get; }

        public int Unchanged { get; }

        public int Failed { get; }

        public string ResultsJson { get; }
    }
}
