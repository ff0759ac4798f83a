using System.Security.Cryptography;
using DynamicsWifi.Emulator.WebApi.Auth;

namespace DynamicsWifi.Emulator.WebApi.Persistence
{
    /// <summary>The host's secrets kept in its data file, made once: the same client secrets, signing key (tokens issued
    /// before a restart stay valid) and certificate (clients keep trusting it) on every start.</summary>
    internal static class StoredSecrets
    {
        private const string ClientKey = "client-secret-key";
        private const string SigningKey = "token-signing-key";
        private const string Certificate = "tls-certificate";

        public static HostSecrets Load(SqliteDataFile file)
        {
            if (file.Setting(ClientKey) is { } clientKey && file.Setting(SigningKey) is { } signing && file.Setting(Certificate) is { } certificate)
            {
                var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(signing, out _);
                return new HostSecrets(clientKey, rsa, DevelopmentCertificate.Load(certificate));
            }

            var secrets = HostSecrets.CreateNew();
            file.SetSetting(ClientKey, secrets.ClientSecretKey);
            file.SetSetting(SigningKey, secrets.SigningKey.ExportPkcs8PrivateKey());
            file.SetSetting(Certificate, secrets.Certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12));
            return secrets;
        }
    }
}
