using System;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentications
{
    /// <summary>cr_RecordWifiAuthentications' response properties (DESIGN.md 4): the same answer for a BatchId however
    /// often it is sent, read back from the batch row after the first call.</summary>
    public static class RecordWifiAuthenticationsResponse
    {
        public static void Write(string batchId, int accepted, string rejected, Guid ingestBatchId, ParameterCollection outputs)
        {
            outputs[Schema.Apis.BatchId] = batchId;
            outputs[Schema.Apis.Accepted] = accepted;
            outputs[Schema.Apis.Rejected] = rejected;
            outputs[Schema.Apis.IngestBatchId] = ingestBatchId;
        }

        public static void WriteFrom(Entity batch, ParameterCollection outputs) =>
            Write(
                batch.GetAttributeValue<string>(Schema.IngestBatch.BatchId),
                batch.GetAttributeValue<int?>(Schema.IngestBatch.AcceptedCount) ?? 0,
                batch.GetAttributeValue<string>(Schema.IngestBatch.Rejections) ?? "[]",
                batch.Id,
                outputs);
    }
}
