using System;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentications
{
    /// <summary>cr_RecordWifiAuthentications' request parameters: Events (a JSON array, read by Ingest/Json) and the
    /// caller's optional BatchId.</summary>
    public sealed class RecordWifiAuthenticationsRequest
    {
        private RecordWifiAuthenticationsRequest(string? batchId, string? events)
        {
            BatchId = batchId;
            Events = events;
        }

        public string? BatchId { get; }

        public string? Events { get; }

        public static RecordWifiAuthenticationsRequest Read(ParameterCollection inputs)
        {
            var batchId = Text(inputs, Schema.Apis.BatchId)?.Trim();
            if (batchId != null && batchId.Length > BatchField.MaxBatchId)
            {
                throw WifiFaults.Rejected(new[]
                {
                    new FieldError(WifiErrorCodes.FieldTooLong, BatchField.BatchId, "BatchId is longer than " + BatchField.MaxBatchId + " characters."),
                });
            }

            return new RecordWifiAuthenticationsRequest(string.IsNullOrEmpty(batchId) ? null : batchId, Text(inputs, Schema.Apis.Events));
        }

        private static string? Text(ParameterCollection inputs, string name)
        {
            if (!inputs.TryGetValue(name, out var value) || value == null)
            {
                return null;
            }

            return value as string ?? throw WifiFaults.Rejected(new[] { new FieldError(WifiErrorCodes.WrongJsonType, name, name + " must be a string.") });
        }
    }
}
