using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>Who a Web API request comes from: the client of a valid bearer token issued by the local authority, or
    /// nobody (no token, or a malformed, forged, expired or foreign one), which Dataverse answers with 401 and a
    /// WWW-Authenticate challenge.</summary>
    internal sealed class BearerAuthentication
    {
        private readonly TokenIssuer _issuer;
        private readonly ClientRegistry _clients;

        public BearerAuthentication(TokenIssuer issuer, ClientRegistry clients)
        {
            _issuer = issuer;
            _clients = clients;
        }

        public async Task<(RegisteredClient? Client, string? Error)> Authenticate(HttpRequest request)
        {
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return (null, null);
            }

            var clientId = await _issuer.ClientOf(header.Substring(7).Trim()).ConfigureAwait(false);
            var client = clientId is { } id ? _clients.Find(id) : null;
            return client == null ? (null, "invalid_token") : (client, null);
        }
    }
}
