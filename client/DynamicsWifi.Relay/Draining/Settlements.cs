using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;

namespace DynamicsWifi.Relay.Draining
{
    /// <summary>Turns Dataverse's answers into what becomes of each queued event: refused by validation or by the
    /// recording step (any code but WIFI_RETRY) is a dead letter with its code and field; recorded, updated or unchanged
    /// leaves the queue; WIFI_RETRY, a missing outcome or a failed stored batch sends the event again.</summary>
    internal static class Settlements
    {
        private const string Retry = "WIFI_RETRY";

        /// <summary>The events refused at submission (the first error of each), and the indices Dataverse stored.</summary>
        public static (BatchSettlement Settlement, IReadOnlyList<int> Accepted) Submitted(DrainBatch batch, BatchAcceptance acceptance)
        {
            var settlement = new BatchSettlement();
            var refused = new HashSet<int>();
            foreach (var rejection in acceptance.Rejected)
            {
                if (refused.Add(rejection.Index))
                {
                    settlement.DeadLettered.Add(rejection);
                }
            }

            return (settlement, Enumerable.Range(0, batch.Events.Count).Where(index => !refused.Contains(index)).ToList());
        }

        /// <summary>A call refused whole for good (400): nothing was stored; every event is a dead letter with its code.</summary>
        public static BatchSettlement RefusedWhole(DrainBatch batch, string code, string message)
        {
            var settlement = new BatchSettlement();
            for (var index = 0; index < batch.Events.Count; index++)
            {
                settlement.DeadLettered.Add(new IndexedError(index, new EventError(code, "Events", message)));
            }

            return settlement;
        }

        public static BatchSettlement Recorded(UnrecordedBatch unrecorded, IngestBatchState state)
        {
            var settlement = unrecorded.Settlement;
            var results = state.IsFinished ? state.Results.GroupBy(result => result.Index).ToDictionary(group => group.Key, group => group.First()) : new Dictionary<int, IndexedOutcome>();
            foreach (var index in unrecorded.Accepted)
            {
                if (!results.TryGetValue(index, out var result) || (result.Error != null && result.Error.Code == Retry))
                {
                    settlement.Retried.Add(index);
                }
                else if (result.Error != null)
                {
                    settlement.DeadLettered.Add(new IndexedError(index, result.Error));
                }
                else
                {
                    settlement.Recorded.Add(index);
                }
            }

            return settlement;
        }

        /// <summary>A stored batch not recorded in time: its accepted events go back to the queue.</summary>
        public static BatchSettlement Stuck(UnrecordedBatch unrecorded)
        {
            unrecorded.Settlement.Retried.AddRange(unrecorded.Accepted);
            return unrecorded.Settlement;
        }

        public static IReadOnlyDictionary<RecordOutcome, int> Outcomes(IngestBatchState state) =>
            state.Results.Where(result => result.Error == null).GroupBy(result => result.Outcome).ToDictionary(group => group.Key, group => group.Count());
    }
}
