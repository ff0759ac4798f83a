using System.Collections.Generic;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>What became of each event of a batch, by its index: recorded (removed from the queue), dead-lettered with
    /// Dataverse's code and field, or to be sent again in a later batch. An index in none of them is sent again.</summary>
    public sealed class BatchSettlement
    {
        public List<int> Recorded { get; } = new List<int>();

        public List<IndexedError> DeadLettered { get; } = new List<IndexedError>();

        public List<int> Retried { get; } = new List<int>();

        public static BatchSettlement RetryAll(DrainBatch batch)
        {
            var settlement = new BatchSettlement();
            for (var index = 0; index < batch.Events.Count; index++)
            {
                settlement.Retried.Add(index);
            }

            return settlement;
        }
    }
}
