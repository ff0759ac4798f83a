using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData;

namespace DynamicsWifi.Emulator.WebApi.Batch
{
    /// <summary>Reads a multipart/mixed $batch body with Microsoft.OData's batch reader: its requests in order, each with
    /// its Content-ID and change set (learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).</summary>
    internal static class BatchReader
    {
        public const int MaxRequests = 1000;

        public static IReadOnlyList<BatchPart> Read(WebApiRequest batch, WebApiModel model, string serviceRoot)
        {
            var contentType = batch.Header("Content-Type") ?? string.Empty;
            if (!contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                throw WebApiException.BadRequest("A $batch request must be multipart/mixed with a boundary.");
            }

            var parts = new List<BatchPart>();
            try
            {
                var message = new BatchMessage(new MemoryStream(batch.Body), contentType, new Uri(serviceRoot + "$batch"));
                var settings = new ODataMessageReaderSettings { BaseUri = new Uri(serviceRoot), MessageQuotas = new ODataMessageQuotas { MaxPartsPerBatch = MaxRequests, MaxOperationsPerChangeset = MaxRequests } };
                using var reader = new ODataMessageReader((IODataRequestMessage)message, settings, model.Edm);
                var batchReader = reader.CreateODataBatchReader();
                int? changeSet = null;
                var changeSets = 0;
                while (batchReader.Read())
                {
                    switch (batchReader.State)
                    {
                        case ODataBatchReaderState.ChangesetStart:
                            changeSet = changeSets++;
                            break;
                        case ODataBatchReaderState.ChangesetEnd:
                            changeSet = null;
                            break;
                        case ODataBatchReaderState.Operation:
                            parts.Add(Part(batchReader.CreateOperationRequestMessage(), changeSet));
                            break;
                    }
                }
            }
            catch (ODataException failure)
            {
                throw WebApiException.BadRequest("The $batch body could not be read: " + failure.Message);
            }

            if (parts.Count > MaxRequests)
            {
                throw WebApiException.BadRequest($"A $batch may hold at most {MaxRequests} requests.");
            }

            return parts;
        }

        private static BatchPart Part(ODataBatchOperationRequestMessage operation, int? changeSet)
        {
            using var body = new MemoryStream();
            using (var content = operation.GetStream())
            {
                content.CopyTo(body);
            }

            var headers = operation.Headers.ToDictionary(header => header.Key, header => header.Value, StringComparer.OrdinalIgnoreCase);
            var url = operation.Url.OriginalString;
            var at = url.IndexOf(ODataUrls.ServicePath, StringComparison.OrdinalIgnoreCase);
            var relative = at >= 0 ? url.Substring(at + ODataUrls.ServicePath.Length) : url.TrimStart('/');
            if (changeSet != null && operation.Method == "GET")
            {
                throw WebApiException.BadRequest("A change set may not contain a GET request.");
            }

            return new BatchPart(new WebApiRequest(operation.Method, relative, headers, body.ToArray()), operation.ContentId, changeSet);
        }
    }
}
