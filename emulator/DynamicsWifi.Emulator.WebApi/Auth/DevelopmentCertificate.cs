using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>The host's own TLS certificate for 127.0.0.1 and localhost, self-signed: MSAL refuses an authority that is
    /// not HTTPS, and nothing is installed on the machine. Clients trust it by pinning it (the host writes it as PEM).</summary>
    internal static class DevelopmentCertificate
    {
        public static X509Certificate2 Create()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=Dynamics WiFi local Web API", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            var now = DateTimeOffset.UtcNow;
            using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            return Load(created.Export(X509ContentType.Pkcs12));
        }

        /// <summary>A certificate with its private key from PKCS#12 bytes (as stored in the data file).</summary>
        public static X509Certificate2 Load(byte[] pkcs12) => X509CertificateLoader.LoadPkcs12(pkcs12, null, X509KeyStorageFlags.Exportable);

        public static string Pem(X509Certificate2 certificate) => certificate.ExportCertificatePem();
    }
}
