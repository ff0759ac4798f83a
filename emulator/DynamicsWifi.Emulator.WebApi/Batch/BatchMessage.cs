using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OData;

namespace DynamicsWifi.Emulator.WebApi.Batch
{
    /// <summary>A whole $batch body, in or out, as Microsoft.OData's batch reader and writer take it.</summary>
    internal sealed class BatchMessage : IODataRequestMessage, IODataResponseMessage
    {
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
        private readonly Stream _stream;

        public BatchMessage(Stream stream, string contentType, Uri url)
        {
            _stream = stream;
            _headers["Content-Type"] = contentType;
            Url = url;
        }

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers.ToList();

        public Uri Url { get; set; }

        public string Method { get; set; } = "POST";

        public int StatusCode { get; set; } = 200;

        public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null;

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => _stream;
    }
}
