using System;
using System.IO;
using System.Text.Json;
using DynamicsWifi.Client;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Cli.Local
{
    /// <summary>How the client reaches a local host: its service root, OpenID authority, scope, pinned certificate and
    /// one client's credentials. Written by `wifi host` to a file so `wifi replay --connection FILE` can use it.</summary>
    public sealed class LocalConnection
    {
        public const string IntegrationRole = "WiFi Integration";
        public const string AdministratorRole = "System Administrator";

        public string ServiceRoot { get; init; } = string.Empty;

        public string Authority { get; init; } = string.Empty;

        public string Scope { get; init; } = string.Empty;

        public string CertificateSha256 { get; init; } = string.Empty;

        public string ClientId { get; init; } = string.Empty;

        public string ClientSecret { get; init; } = string.Empty;

        public static LocalConnection For(LocalWebApi host, string roleName = IntegrationRole)
        {
            var client = host.Client(roleName);
            return new LocalConnection
            {
                ServiceRoot = host.ServiceRoot,
                Authority = host.Authority,
                Scope = host.Scope,
                CertificateSha256 = Client.Auth.CertificateHash.Sha256(host.Certificate),
                ClientId = client.ClientId.ToString(),
                ClientSecret = client.Secret,
            };
        }

        public static LocalConnection Read(string path) =>
            JsonSerializer.Deserialize<LocalConnection>(File.ReadAllText(path)) ?? throw new InvalidDataException("Empty connection file: " + path);

        public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));

        public WifiClientOptions ClientOptions() => new WifiClientOptions
        {
            ServiceRoot = new Uri(ServiceRoot),
            Authority = Authority,
            GenericOidcAuthority = true,
            Scope = Scope,
            PinnedCertificateSha256 = CertificateSha256,
            ClientId = ClientId,
            ClientSecret = ClientSecret,
        };
    }
}
