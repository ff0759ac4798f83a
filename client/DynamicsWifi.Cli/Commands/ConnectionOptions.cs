using System;
using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Client;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>Where `replay` and `send` connect: a local host's connection file, or a Dataverse environment (URL, Entra
    /// tenant, client id; the secret from WIFI_CLIENT_SECRET so it never sits on a command line, or a .pfx certificate).</summary>
    internal sealed class ConnectionOptions
    {
        public const string SecretVariable = "WIFI_CLIENT_SECRET";

        private readonly Option<string?> _connection = new("--connection") { Description = "A local host's connection file (written by `wifi host`)." };
        private readonly Option<string?> _url = new("--url") { Description = "The environment's URL, e.g. https://contoso.crm4.dynamics.com" };
        private readonly Option<string?> _tenant = new("--tenant") { Description = "The Entra ID tenant (id or domain) of the app registration." };
        private readonly Option<string?> _clientId = new("--client-id") { Description = "The app registration's client id; its secret is read from " + SecretVariable + "." };
        private readonly Option<string?> _certificate = new("--certificate") { Description = "A .pfx client certificate instead of a secret." };

        public void AddTo(Command command)
        {
            command.Options.Add(_connection);
            command.Options.Add(_url);
            command.Options.Add(_tenant);
            command.Options.Add(_clientId);
            command.Options.Add(_certificate);
        }

        public WifiClientOptions Read(ParseResult parse)
        {
            var connection = parse.GetValue(_connection);
            if (connection != null)
            {
                return LocalConnection.Read(connection).ClientOptions();
            }

            var url = parse.GetValue(_url) ?? throw new ArgumentException("Give --connection FILE (a local host) or --url, --tenant and --client-id (an environment).");
            var organization = new Uri(url).GetLeftPart(UriPartial.Authority);
            var certificate = parse.GetValue(_certificate);
            return new WifiClientOptions
            {
                ServiceRoot = new Uri(organization + "/api/data/v9.2/"),
                Authority = "https://login.microsoftonline.com/" + (parse.GetValue(_tenant) ?? throw new ArgumentException("--tenant is required with --url.")),
                ClientId = parse.GetValue(_clientId) ?? throw new ArgumentException("--client-id is required with --url."),
                ClientSecret = certificate == null ? Environment.GetEnvironmentVariable(SecretVariable) : null,
                ClientCertificate = certificate == null ? null : X509CertificateLoader.LoadPkcs12FromFile(certificate, Environment.GetEnvironmentVariable("WIFI_CERTIFICATE_PASSWORD")),
            };
        }
    }
}
