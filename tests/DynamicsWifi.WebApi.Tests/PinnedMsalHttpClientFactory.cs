using System.Net.Http;
using DynamicsWifi.Emulator.WebApi.Hosting;
using Microsoft.Identity.Client;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>MSAL's HttpClient, trusting the host's development certificate by pinning it, as MSAL documents for a
    /// custom HTTP client (WithHttpClientFactory).</summary>
    internal sealed class PinnedMsalHttpClientFactory : IMsalHttpClientFactory
    {
        private readonly HttpClient _http;

        public PinnedMsalHttpClientFactory(WebApiHost host)
        {
            _http = HostClient.Pinned(host);
        }

        public HttpClient GetHttpClient() => _http;
    }
}
