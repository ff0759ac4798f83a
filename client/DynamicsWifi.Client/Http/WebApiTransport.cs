using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client.Auth;
using Polly;

namespace DynamicsWifi.Client.Http
{
    /// <summary>Web API JSON over HttpClient: one request, retried through <see cref="TransientFaults"/>, answered with
    /// the body's JSON (or nothing for 204), or a <see cref="WifiApiException"/> with Dataverse's error.</summary>
    internal sealed class WebApiTransport : IDisposable
    {
        private readonly HttpClient _http;
        private readonly ResiliencePipeline<HttpResponseMessage> _retries;
        private readonly Uri _serviceRoot;

        public WebApiTransport(WifiClientOptions options, CallStatistics statistics)
        {
            var wire = new CountingHandler(statistics, PinnedCertificate.Handler(options));
            _http = new HttpClient(new BearerTokenHandler(new ClientCredentials(options), wire)) { Timeout = Timeout.InfiniteTimeSpan };
            _retries = TransientFaults.Pipeline(options, statistics);
            _serviceRoot = options.ServiceRoot;
        }

        public Task<JsonElement?> Get(string relativeUrl, CancellationToken cancel) => Send(HttpMethod.Get, relativeUrl, null, cancel);

        public Task<JsonElement?> Post(string relativeUrl, Action<Utf8JsonWriter> body, CancellationToken cancel) => Send(HttpMethod.Post, relativeUrl, Json(body), cancel);

        public Task<JsonElement?> Patch(string relativeUrl, Action<Utf8JsonWriter> body, CancellationToken cancel) => Send(new HttpMethod("PATCH"), relativeUrl, Json(body), cancel);

        /// <summary>Null when the answer is 404 (no such row, or no such API or table on this environment).</summary>
        public async Task<JsonElement?> GetOrNull(string relativeUrl, CancellationToken cancel)
        {
            try
            {
                return await Get(relativeUrl, cancel).ConfigureAwait(false);
            }
            catch (WifiApiException notFound) when (notFound.StatusCode == 404)
            {
                return null;
            }
        }

        public void Dispose() => _http.Dispose();

        private async Task<JsonElement?> Send(HttpMethod method, string relativeUrl, byte[]? body, CancellationToken cancel)
        {
            using (var response = await _retries.ExecuteAsync(
                async token =>
                {
                    using (var request = new HttpRequestMessage(method, new Uri(_serviceRoot, relativeUrl)))
                    {
                        request.Headers.Add("OData-MaxVersion", "4.0");
                        request.Headers.Add("OData-Version", "4.0");
                        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                        if (body != null)
                        {
                            request.Content = new ByteArrayContent(body);
                            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                        }

                        return await _http.SendAsync(request, token).ConfigureAwait(false);
                    }
                },
                cancel).ConfigureAwait(false))
            {
                var text = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw Refusal((int)response.StatusCode, text);
                }

                if (text.Length == 0)
                {
                    return null;
                }

                using (var document = JsonDocument.Parse(text))
                {
                    return document.RootElement.Clone();
                }
            }
        }

        private static WifiApiException Refusal(int status, string body)
        {
            try
            {
                using (var document = JsonDocument.Parse(body))
                {
                    var error = document.RootElement.GetProperty("error");
                    return new WifiApiException(status, error.GetProperty("code").GetString() ?? string.Empty, error.GetProperty("message").GetString() ?? string.Empty);
                }
            }
            catch (Exception unreadable) when (unreadable is JsonException || unreadable is InvalidOperationException || unreadable is System.Collections.Generic.KeyNotFoundException)
            {
                return new WifiApiException(status, string.Empty, "HTTP " + status + " without a Dataverse error body.");
            }
        }

        private static byte[] Json(Action<Utf8JsonWriter> body)
        {
            using (var buffer = new MemoryStream())
            {
                using (var json = new Utf8JsonWriter(buffer))
                {
                    body(json);
                }

                return buffer.ToArray();
            }
        }
    }
}
