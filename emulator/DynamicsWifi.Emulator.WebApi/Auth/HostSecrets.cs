using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>What the host keeps secret and stable across restarts on one data file: the key its client secrets derive
    /// from, the key it signs tokens with, and its TLS certificate. Never printed, never logged.</summary>
    internal sealed class HostSecrets
    {
        public HostSecrets(byte[] clientSecretKey, RSA signingKey, X509Certificate2 certificate)
        {
            ClientSecretKey = clientSecretKey;
            SigningKey = signingKey;
            Certificate = certificate;
        }

        public byte[] ClientSecretKey { get; }

        public RSA SigningKey { get; }

        public X509Certificate2 Certificate { get; }

        public static HostSecrets CreateNew() => new(RandomNumberGenerator.GetBytes(32), RSA.Create(2048), DevelopmentCertificate.Create());
    }
}
