using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.WebApi.Protocol
{
    /// <summary>One Web API request, whether it came on its own or as a part of a $batch: the method, the URL relative to
    /// the service root (/api/data/v9.2/), the headers and the body.</summary>
    internal sealed class WebApiRequest
    {
        private PreferHeader? _prefer;

        public WebApiRequest(string method, string relativeUrl, IReadOnlyDictionary<string, string> headers, byte[] body)
        {
            Method = method.ToUpperInvariant();
            RelativeUrl = relativeUrl;
            Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
            Body = body;
        }

        public string Method { get; }

        /// <summary>Path and query after the service root, as sent (percent-encoded): contacts(...)?$select=fullname.</summary>
        public string RelativeUrl { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public byte[] Body { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        public PreferHeader Prefer => _prefer ??= PreferHeader.Parse(Header("Prefer"));
    }
}
