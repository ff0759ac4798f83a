using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DynamicsWifi.Client.Auth
{
    /// <summary>The SHA-256 of a certificate's DER bytes, lowercase hex: what <see cref="WifiClientOptions.PinnedCertificateSha256"/> holds.</summary>
    public static class CertificateHash
    {
        public static string Sha256(X509Certificate certificate)
        {
            using (var sha = SHA256.Create())
            {
                return BitConverter.ToString(sha.ComputeHash(certificate.GetRawCertData())).Replace("-", string.Empty).ToLowerInvariant();
            }
        }
    }
}
