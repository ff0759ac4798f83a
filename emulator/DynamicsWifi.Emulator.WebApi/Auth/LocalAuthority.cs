using System;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>The local stand-in for Entra ID's addresses, under the host's own HTTPS address: the authority
    /// https://127.0.0.1:{port}/{tenant}/v2.0 (its OpenID configuration beneath it), the token endpoint, the keys, and the
    /// resource (audience) a client asks a token for, as Dataverse's organization URL is
    /// (learn.microsoft.com/entra/identity-platform/v2-protocols-oidc).</summary>
    internal sealed class LocalAuthority
    {
        public const string TenantId = "7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a7e00";

        public LocalAuthority(Uri baseAddress)
        {
            BaseAddress = baseAddress.ToString().TrimEnd('/') + "/";
        }

        /// <summary>https://127.0.0.1:{port}/</summary>
        public string BaseAddress { get; }

        /// <summary>The audience of the host's tokens and the resource of the scope clients ask for ({Resource}/.default).</summary>
        public string Resource => BaseAddress.TrimEnd('/');

        public string Authority => BaseAddress + TenantId + "/v2.0";

        public string TokenEndpoint => BaseAddress + TenantId + "/oauth2/v2.0/token";

        public string AuthorizationEndpoint => BaseAddress + TenantId + "/oauth2/v2.0/authorize";

        public string KeysEndpoint => BaseAddress + TenantId + "/discovery/v2.0/keys";

        public string ServiceRoot => BaseAddress + "api/data/v9.2/";

        /// <summary>What Dataverse answers a request without a valid token with (resource_id is the organization URL).</summary>
        public string Challenge(string? error) =>
            $"Bearer authorization_uri={BaseAddress}{TenantId}/oauth2/authorize, resource_id={BaseAddress}" + (error == null ? string.Empty : $", error=\"{error}\"");
    }
}
