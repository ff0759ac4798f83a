using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace DynamicsWifi.Client.Auth
{
    /// <summary>The handler at the bottom of every HttpClient of the client: TLS trusting the machine's store, or only the
    /// one certificate whose SHA-256 hash is pinned (the local host's self-signed certificate; nothing is installed).</summary>
    internal static class PinnedCertificate
    {
        public static HttpClientHandler Handler(WifiClientOptions options)
        {
            var handler = new HttpClientHandler { MaxConnectionsPerServer = options.MaxConnections };
            var pinned = options.PinnedCertificateSha256;
            if (pinned != null)
            {
                handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                    certificate != null && string.Equals(CertificateHash.Sha256(certificate), pinned, StringComparison.OrdinalIgnoreCase);
            }

            return handler;
        }

    }
}
