using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace DynamicsWifi.Client.Auth
{
    /// <summary>Puts a current access token on each request.</summary>
    internal sealed class BearerTokenHandler : DelegatingHandler
    {
        private readonly ClientCredentials _credentials;

        public BearerTokenHandler(ClientCredentials credentials, HttpMessageHandler inner)
            : base(inner)
        {
            _credentials = credentials;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _credentials.AccessToken(cancellationToken).ConfigureAwait(false));
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
