using System;
using System.Collections.Generic;

namespace DynamicsWifi.Client.Model
{
    /// <summary>A stored batch as its row tells: status and the per-event outcomes of cr_results (by the event's index in
    /// the batch that was sent).</summary>
    public sealed class IngestBatchState
    {
        public IngestBatchState(Guid id, IngestBatchStatus status, IReadOnlyList<IndexedOutcome> results)
        {
            Id = id;
            Status = status;
            Results = results;
        }

        public Guid Id { get; }

        public IngestBatchStatus Status { get; }

        public IReadOnlyList<IndexedOutcome> Results { get; }

        public bool IsFinished => Status == IngestBatchStatus.Completed || Status == IngestBatchStatus.CompletedWithErrors;
    }
}
