using System;
using System.Collections.Generic;
using DynamicsWifi.Relay.Queue;

namespace DynamicsWifi.Relay.Draining
{
    /// <summary>A batch Dataverse accepted and stored but has not yet recorded: the queue's batch, the stored batch's row,
    /// the indices Dataverse accepted, the settlement so far (events refused by validation), and when it was sent.</summary>
    internal sealed class UnrecordedBatch
    {
        public UnrecordedBatch(DrainBatch batch, Guid ingestBatchId, IReadOnlyList<int> accepted, BatchSettlement settlement, DateTime sentAt)
        {
            Batch = batch;
            IngestBatchId = ingestBatchId;
            Accepted = accepted;
            Settlement = settlement;
            SentAt = sentAt;
        }

        public DrainBatch Batch { get; }

        public Guid IngestBatchId { get; }

        public IReadOnlyList<int> Accepted { get; }

        public BatchSettlement Settlement { get; }

        public DateTime SentAt { get; }
    }
}
