using System;
using System.Collections.Generic;
using System.IO;
using DynamicsWifi.Emulator.WebApi.Protocol;
using Microsoft.OData;

namespace DynamicsWifi.Emulator.WebApi.Batch
{
    /// <summary>Writes the $batch response, multipart/mixed, with Microsoft.OData's batch writer: one part per request,
    /// change sets nested, each with its status, headers and body.</summary>
    internal static class BatchWriter
    {
        public static WebApiResponse Write(IReadOnlyList<BatchResult> results, string serviceRoot)
        {
            var stream = new MemoryStream();
            var message = new BatchMessage(stream, "multipart/mixed; boundary=batchresponse_" + Guid.NewGuid().ToString("D"), new Uri(serviceRoot + "$batch"));
            var settings = new ODataMessageWriterSettings { BaseUri = new Uri(serviceRoot), Version = ODataVersion.V4, EnableMessageStreamDisposal = false };
            using (var writer = new ODataMessageWriter((IODataResponseMessage)message, settings))
            {
                var batch = writer.CreateODataBatchWriter();
                batch.WriteStartBatch();
                foreach (var result in results)
                {
                    if (result.IsChangeSet)
                    {
                        batch.WriteStartChangeset();
                    }

                    foreach (var (contentId, response) in result.Responses)
                    {
                        WritePart(batch.CreateOperationResponseMessage(contentId), response);
                    }

                    if (result.IsChangeSet)
                    {
                        batch.WriteEndChangeset();
                    }
                }

                batch.WriteEndBatch();
                batch.Flush();
            }

            return new WebApiResponse(200, stream.ToArray(), message.GetHeader("Content-Type"));
        }

        private static void WritePart(ODataBatchOperationResponseMessage part, WebApiResponse response)
        {
            part.StatusCode = response.Status;
            part.SetHeader("OData-Version", "4.0");
            foreach (var header in response.Headers)
            {
                part.SetHeader(header.Key, header.Value);
            }

            if (response.Body != null)
            {
                part.SetHeader("Content-Type", response.ContentType!);
                using var body = part.GetStream();
                body.Write(response.Body);
            }
        }
    }
}
