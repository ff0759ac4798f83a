using System;
using System.Security.Cryptography.X509Certificates;

namespace DynamicsWifi.Client
{
    /// <summary>Where the environment is, how to sign in (MSAL client credentials: a secret or a certificate), and how
    /// patient to be. The same options reach a Dataverse environment and the local host.</summary>
    public sealed class WifiClientOptions
    {
        /// <summary>The Web API root, e.g. https://contoso.crm4.dynamics.com/api/data/v9.2/</summary>
        public Uri ServiceRoot { get; set; } = new Uri("https://localhost/api/data/v9.2/");

        /// <summary>Entra ID: https://login.microsoftonline.com/{tenant}; the local host: its OpenID authority.</summary>
        public string Authority { get; set; } = string.Empty;

        /// <summary>True for an OpenID authority that is not Entra ID's (the local host): MSAL's WithOidcAuthority.</summary>
        public bool GenericOidcAuthority { get; set; }

        public string ClientId { get; set; } = string.Empty;

        public string? ClientSecret { get; set; }

        public X509Certificate2? ClientCertificate { get; set; }

        /// <summary>Defaults to the organization URL + "/.default", as Dataverse asks.</summary>
        public string? Scope { get; set; }

        /// <summary>Trust only the server certificate with this SHA-256 hash (hex), as for the local host's self-signed
        /// certificate; null trusts the machine's certificate store as usual.</summary>
        public string? PinnedCertificateSha256 { get; set; }

        /// <summary>Retries of a transient failure before the call fails (429s count).</summary>
        public int MaxRetries { get; set; } = 12;

        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>One attempt's time limit; a timed-out attempt is retried.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

        /// <summary>Connections to the service at once; Dataverse allows 52 concurrent requests per user.</summary>
        public int MaxConnections { get; set; } = 16;

        public string EffectiveScope => Scope ?? ServiceRoot.GetLeftPart(UriPartial.Authority) + "/.default";
    }
}
