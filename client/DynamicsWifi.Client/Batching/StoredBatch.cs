using System;
using System.Collections.Generic;

namespace DynamicsWifi.Client.Batching
{
    /// <summary>A batch Dataverse accepted and stored: its row, its BatchId (the first send's, and how many times it was sent again), and the accepted logins by their index in it.</summary>
    internal sealed class StoredBatch
    {
        public StoredBatch(Guid ingestBatchId, string rootBatchId, int resends, IReadOnlyDictionary<int, PendingLogin> accepted, DateTime acceptedAt)
        {
            IngestBatchId = ingestBatchId;
            RootBatchId = rootBatchId;
            Resends = resends;
            Accepted = accepted;
            AcceptedAt = acceptedAt;
        }

        public Guid IngestBatchId { get; }

        /// <summary>The BatchId of the first send; resends derive theirs from it.</summary>
        public string RootBatchId { get; }

        public int Resends { get; }

        public IReadOnlyDictionary<int, PendingLogin> Accepted { get; }

        public DateTime AcceptedAt { get; }
    }
}
