using System.Collections.Generic;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>Up to 500 queued logins taken together, under the BatchId they are sent with. The BatchId is fixed when
    /// the batch is formed: sending it again (after a crash, or a call that failed) returns Dataverse's first answer and
    /// writes nothing. <see cref="Receipt"/> is the queue's own handle (a row id, or Service Bus messages).</summary>
    public sealed class DrainBatch
    {
        public DrainBatch(string batchId, IReadOnlyList<QueuedEvent> events, object receipt)
        {
            BatchId = batchId;
            Events = events;
            Receipt = receipt;
        }

        public string BatchId { get; }

        public IReadOnlyList<QueuedEvent> Events { get; }

        public object Receipt { get; }
    }
}
