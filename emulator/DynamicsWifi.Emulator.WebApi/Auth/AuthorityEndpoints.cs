using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>The local authority's endpoints: OpenID discovery, the signing keys, the OAuth 2.0 token endpoint for the
    /// client-credentials grant (secret in the form or as HTTP Basic), and an authorization endpoint that says the only
    /// flow served is client credentials (RFC 6749 4.4, 5.2).</summary>
    internal static class AuthorityEndpoints
    {
        public static void Map(IEndpointRouteBuilder routes, Func<LocalAuthority> authority, TokenIssuer issuer, ClientRegistry clients)
        {
            var tenant = "/" + LocalAuthority.TenantId;
            routes.MapGet(tenant + "/v2.0/.well-known/openid-configuration", () => Results.Json(Discovery(authority())));
            routes.MapGet(tenant + "/discovery/v2.0/keys", () => Results.Json(issuer.KeySet()));
            routes.MapGet(tenant + "/oauth2/v2.0/authorize", () => OAuthError(400, "unsupported_response_type", "Only the client credentials grant is served by the local authority."));
            routes.MapPost(tenant + "/oauth2/v2.0/token", (Func<HttpContext, Task<IResult>>)(http => Token(http, authority(), issuer, clients)));
        }

        private static object Discovery(LocalAuthority authority) => new
        {
            issuer = authority.Authority,
            authorization_endpoint = authority.AuthorizationEndpoint,
            token_endpoint = authority.TokenEndpoint,
            jwks_uri = authority.KeysEndpoint,
            response_types_supported = new[] { "code" },
            subject_types_supported = new[] { "pairwise" },
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "client_secret_post", "client_secret_basic" },
            grant_types_supported = new[] { "client_credentials" },
            scopes_supported = new[] { "openid" },
            tenant_region_scope = "EU",
        };

        private static async Task<IResult> Token(HttpContext http, LocalAuthority authority, TokenIssuer issuer, ClientRegistry clients)
        {
            if (!http.Request.HasFormContentType)
            {
                return OAuthError(400, "invalid_request", "The token request must be application/x-www-form-urlencoded.");
            }

            var form = await http.Request.ReadFormAsync().ConfigureAwait(false);
            if (form["grant_type"] != "client_credentials")
            {
                return OAuthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is served by the local authority.");
            }

            var (clientId, secret) = BasicCredentials(http) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
            var client = clients.Authenticate(clientId, secret);
            if (client == null)
            {
                return OAuthError(401, "invalid_client", "The client id or secret is not one the local authority issued.");
            }

            var scope = form["scope"].ToString();
            if (!string.Equals(scope.TrimEnd('/').Replace("//.default", "/.default", StringComparison.Ordinal), authority.Resource + "/.default", StringComparison.OrdinalIgnoreCase))
            {
                return OAuthError(400, "invalid_scope", $"Ask for the scope {authority.Resource}/.default.");
            }

            var lifetime = (int)TokenIssuer.Lifetime.TotalSeconds;
            return Results.Json(new
            {
                token_type = "Bearer",
                expires_in = lifetime,
                ext_expires_in = lifetime,
                access_token = issuer.Issue(client, LocalAuthority.TenantId),
            });
        }

        private static (string ClientId, string Secret)? BasicCredentials(HttpContext http)
        {
            var header = http.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
            var colon = pair.IndexOf(':');
            return colon < 0 ? null : (Uri.UnescapeDataString(pair.Substring(0, colon)), Uri.UnescapeDataString(pair.Substring(colon + 1)));
        }

        private static IResult OAuthError(int status, string error, string description) =>
            Results.Json(new { error, error_description = description }, statusCode: status);
    }
}
