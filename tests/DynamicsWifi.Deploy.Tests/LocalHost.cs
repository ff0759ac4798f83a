using System;
using System.Collections.Generic;
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
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>The local Web API host run as the README runs it, serving Solution/ on a free loopback port with its
    /// data in a file of its own; one for the test assembly (tests run one at a time). Tests read what the scripts did
    /// over the same Web API, as System Administrator.</summary>
    internal sealed class LocalHost
    {
        public const string TenantId = "7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a7e00";

        private static readonly Lazy<LocalHost> Shared = new(() => StartAsync().GetAwaiter().GetResult());

        private readonly ChildProcess _process;
        private readonly string _folder;
        private readonly HttpClient _administrator;

        private LocalHost(Process process, string folder, string url, Client deployer, Client platform)
        {
            _process = new ChildProcess(process);
            _folder = folder;
            Url = url;
            Deployer = deployer;
            Platform = platform;
            var pinned = X509Certificate2.CreateFromPem(File.ReadAllText(Certificate)).GetCertHashString();
            _administrator = new HttpClient(new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == pinned },
            });
        }

        public static LocalHost Instance => Shared.Value;

        public string Url { get; }

        public Client Deployer { get; }

        public Client Platform { get; }

        public string Certificate => Path.Combine(_folder, "host.pem");

        public static void StopShared()
        {
            if (Shared.IsValueCreated)
            {
                Shared.Value.Stop();
            }
        }

        public List<JsonElement> Rows(string query)
        {
            var response = _administrator.GetAsync($"{Url}/api/data/v9.2/{query}").Result;
            Assert.IsTrue(response.IsSuccessStatusCode, $"GET {query}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
            return JsonDocument.Parse(response.Content.ReadAsStringAsync().Result).RootElement.GetProperty("value").EnumerateArray().Select(row => row.Clone()).ToList();
        }

        public void Delete(string row)
        {
            var response = _administrator.DeleteAsync($"{Url}/api/data/v9.2/{row}").Result;
            Assert.IsTrue(response.IsSuccessStatusCode, $"DELETE {row}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
        }

        private static async Task<LocalHost> StartAsync()
        {
            var folder = Directory.CreateTempSubdirectory("dynamicswifi-deploy-host-").FullName;
            var configuration = typeof(LocalHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;
            var hostDll = Path.Combine(Repository.Root, "emulator", "DynamicsWifi.Emulator.WebApi", "bin", configuration, "net10.0", "DynamicsWifi.Emulator.WebApi.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { hostDll, "--solution", Repository.Solution, "--port", "0", "--data", Path.Combine(folder, "host.db"), "--no-throttle" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            string? url = null;
            var clients = new Dictionary<string, Client>();
            for (var line = await process.StandardOutput.ReadLineAsync(); line != null && !line.StartsWith("Press Ctrl+C", StringComparison.Ordinal); line = await process.StandardOutput.ReadLineAsync())
            {
                var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2 && words[0] == "Scope")
                {
                    url = words[1].Substring(0, words[1].Length - "/.default".Length);
                }
                else if (words.Length >= 3 && Guid.TryParse(words[0], out _))
                {
                    clients[string.Join(' ', words.Skip(2))] = new Client(words[0], words[1]);
                }
            }

            if (url == null || !clients.ContainsKey("System Administrator") || !clients.ContainsKey("WiFi Integration"))
            {
                var errors = await process.StandardError.ReadToEndAsync();
                process.Kill(true);
                throw new InvalidOperationException("The local Web API host did not print its banner: " + errors);
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var host = new LocalHost(process, folder, url, clients["System Administrator"], clients["WiFi Integration"]);
            await host.SignIn();
            return host;
        }

        private async Task SignIn()
        {
            var token = await _administrator.PostAsync($"{Url}/{TenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = Deployer.ClientId,
                ["client_secret"] = Deployer.Secret,
                ["scope"] = Url + "/.default",
            }));
            token.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
            _administrator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        }

        private void Stop()
        {
            _administrator.Dispose();
            _process.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
