using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using DynamicsWifi.Client.Consent;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>Posts webhooks to a relay as the WiFi platform does: JSON body, X-Wifi-Timestamp and X-Wifi-Signature.</summary>
    internal sealed class SignedPoster : IDisposable
    {
        public const string Secret = "relay-test-secret";
        private readonly HttpClient _http;

        public SignedPoster(Uri relay)
        {
            _http = new HttpClient { BaseAddress = relay, Timeout = TimeSpan.FromSeconds(60) };
        }

        public Task<HttpResponseMessage> Post(string json, string secret = Secret, DateTimeOffset? at = null)
        {
            var body = Encoding.UTF8.GetBytes(json);
            var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var request = new HttpRequestMessage(HttpMethod.Post, "events") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, json));
            return _http.SendAsync(request);
        }

        public void Dispose() => _http.Dispose();
    }
}
