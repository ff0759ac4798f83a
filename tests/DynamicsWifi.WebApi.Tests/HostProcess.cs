using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Tests;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>The host run as its own process, the way the README runs it (dotnet on the built host), so a test can kill
    /// it outright: the banner it prints gives the service root, the certificate file and a client's id and secret.</summary>
    internal sealed class HostProcess : IDisposable
    {
        private readonly ChildProcess _process;

        private HostProcess(Process process, string serviceRoot, string tokenEndpoint, string scope, string certificateFile, string clientId, string secret)
        {
            _process = new ChildProcess(process);
            ServiceRoot = serviceRoot;
            TokenEndpoint = tokenEndpoint;
            Scope = scope;
            CertificateFile = certificateFile;
            ClientId = clientId;
            Secret = secret;
        }

        public string ServiceRoot { get; }

        public string TokenEndpoint { get; }

        public string Scope { get; }

        public string CertificateFile { get; }

        public string ClientId { get; }

        public string Secret { get; }

        /// <param name="switches">More of the host's switches, such as --hold-async-jobs.</param>
        public static async Task<HostProcess> Start(string solution, string dataFile, params string[] switches)
        {
            var configuration = typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;
            var host = Path.Combine(Repository.Root, "emulator", "DynamicsWifi.Emulator.WebApi", "bin", configuration, "net10.0", "DynamicsWifi.Emulator.WebApi.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { host, "--solution", solution, "--plugins", typeof(HostProcess).Assembly.Location, "--port", "0", "--data", dataFile, "--no-throttle" }.Concat(switches))
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            string? root = null, token = null, scope = null, certificate = null, client = null, secret = null;
            for (var line = await process.StandardOutput.ReadLineAsync(); line != null && !line.StartsWith("Press Ctrl+C", StringComparison.Ordinal); line = await process.StandardOutput.ReadLineAsync())
            {
                var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (words.FirstOrDefault())
                {
                    case "Web":
                        root = words[2];
                        break;
                    case "Authority":
                        token = words[^1].TrimEnd(')');
                        break;
                    case "Scope":
                        scope = words[1];
                        break;
                    case "Certificate":
                        certificate = words[1];
                        break;
                    default:
                        if (words.Length >= 3 && Guid.TryParse(words[0], out _) && words[^1] == "Administrator")
                        {
                            (client, secret) = (words[0], words[1]);
                        }

                        break;
                }
            }

            if (root == null || token == null || scope == null || certificate == null || client == null || secret == null)
            {
                var errors = await process.StandardError.ReadToEndAsync();
                process.Kill(true);
                throw new InvalidOperationException("The host did not print its banner: " + errors);
            }

            return new HostProcess(process, root, token, scope, certificate, client, secret);
        }

        public async Task<HttpClient> SignIn()
        {
            var pinned = X509Certificate2.CreateFromPem(File.ReadAllText(CertificateFile)).GetCertHashString();
            var http = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 16,
                SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == pinned },
            });
            var response = await http.PostAsync(TokenEndpoint, new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials"),
                new System.Collections.Generic.KeyValuePair<string, string>("client_id", ClientId),
                new System.Collections.Generic.KeyValuePair<string, string>("client_secret", Secret),
                new System.Collections.Generic.KeyValuePair<string, string>("scope", Scope),
            }));
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
            return http;
        }

        public void Kill() => _process.Kill();

        public void Dispose() => _process.Dispose();
    }
}
