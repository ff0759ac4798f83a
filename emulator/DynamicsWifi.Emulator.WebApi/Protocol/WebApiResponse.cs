using System.Collections.Generic;
using System.Text;

namespace DynamicsWifi.Emulator.WebApi.Protocol
{
    /// <summary>One Web API response: status, headers and an optional body, written to HTTP or into a $batch part.</summary>
    internal sealed class WebApiResponse
    {
        public const string Json = "application/json; odata.metadata=minimal";

        public WebApiResponse(int status, byte[]? body = null, string? contentType = null)
        {
            Status = status;
            Body = body;
            ContentType = body == null ? null : contentType ?? Json;
        }

        public int Status { get; }

        public byte[]? Body { get; }

        public string? ContentType { get; }

        public List<KeyValuePair<string, string>> Headers { get; } = new();

        public static WebApiResponse NoContent() => new(204);

        public static WebApiResponse OfJson(int status, byte[] json) => new(status, json);

        public static WebApiResponse OfText(int status, string text, string contentType) => new(status, Encoding.UTF8.GetBytes(text), contentType);

        public WebApiResponse With(string header, string value)
        {
            Headers.Add(new KeyValuePair<string, string>(header, value));
            return this;
        }
    }
}
