using System;
using System.Collections.Generic;

namespace DynamicsWifi.Client.Model
{
    /// <summary>cr_RecordWifiAuthentications' synchronous answer: how many events were stored for recording, the ones
    /// refused by validation (by zero-based index; an event with two errors appears twice), and the stored batch's row.</summary>
    public sealed class BatchAcceptance
    {
        public BatchAcceptance(string batchId, int accepted, IReadOnlyList<IndexedError> rejected, Guid ingestBatchId)
        {
            BatchId = batchId;
            Accepted = accepted;
            Rejected = rejected;
            IngestBatchId = ingestBatchId;
        }

        public string BatchId { get; }

        public int Accepted { get; }

        public IReadOnlyList<IndexedError> Rejected { get; }

        public Guid IngestBatchId { get; }
    }
}
