using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace DynamicsWifi.Client.Auth
{
    /// <summary>App-only tokens with MSAL's confidential client (client credentials flow, a secret or a certificate).
    /// MSAL caches the token and renews it before it expires.</summary>
    internal sealed class ClientCredentials
    {
        private readonly IConfidentialClientApplication _app;
        private readonly string[] _scopes;

        public ClientCredentials(WifiClientOptions options)
        {
            var builder = ConfidentialClientApplicationBuilder.Create(options.ClientId)
                .WithHttpClientFactory(new MsalHttpClients(new HttpClient(PinnedCertificate.Handler(options))));
            builder = options.GenericOidcAuthority ? builder.WithOidcAuthority(options.Authority) : builder.WithAuthority(options.Authority);
            if (options.ClientCertificate != null)
            {
                builder = builder.WithCertificate(options.ClientCertificate);
            }
            else if (!string.IsNullOrEmpty(options.ClientSecret))
            {
                builder = builder.WithClientSecret(options.ClientSecret);
            }
            else
            {
                throw new ArgumentException("Give a client secret or a client certificate.", nameof(options));
            }

            _app = builder.Build();
            _scopes = new[] { options.EffectiveScope };
        }

        public async Task<string> AccessToken(CancellationToken cancel)
        {
            var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancel).ConfigureAwait(false);
            return result.AccessToken;
        }

        private sealed class MsalHttpClients : IMsalHttpClientFactory
        {
            private readonly HttpClient _http;

            public MsalHttpClients(HttpClient http)
            {
                _http = http;
            }

            public HttpClient GetHttpClient() => _http;
        }
    }
}
