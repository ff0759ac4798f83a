using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Ingest.Json;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentications
{
    /// <summary>The cr_wifiingestbatch row an accepted call creates: the first answer (counts and rejections, returned
    /// again for a repeated BatchId) and the valid events, pending until the asynchronous step records them. A batch
    /// with no valid event is complete at once.</summary>
    public static class AcceptedBatch
    {
        public static Entity Row(string batchId, IReadOnlyList<KeyValuePair<int, GuestEvent>> accepted, string rejections, int eventCount, DateTime utcNow)
        {
            var rejectedCount = eventCount - accepted.Count;
            var row = new Entity(Schema.IngestBatch.Table)
            {
                [Schema.IngestBatch.Name] = "WiFi batch " + utcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                [Schema.IngestBatch.BatchId] = batchId,
                [Schema.IngestBatch.EventCount] = eventCount,
                [Schema.IngestBatch.AcceptedCount] = accepted.Count,
                [Schema.IngestBatch.RejectedCount] = rejectedCount,
                [Schema.IngestBatch.Rejections] = rejections,
                [Schema.IngestBatch.Status] = IngestBatchStore.StatusValue(accepted.Count > 0 ? BatchStatus.Pending : BatchStatus.Completed),
            };
            if (accepted.Count > 0)
            {
                row[Schema.IngestBatch.Events] = BatchJson.StoredEvents(accepted);
            }
            else
            {
                row[Schema.IngestBatch.Results] = BatchJson.Results(Enumerable.Empty<EventOutcome>());
            }

            return row;
        }
    }
}
