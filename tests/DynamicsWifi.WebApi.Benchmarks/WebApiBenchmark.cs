using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;
using DynamicsWifi.Emulator.WebApi.Throttling;
using DynamicsWifi.Plugins.EventPlugins;

namespace DynamicsWifi.WebApi.Benchmarks
{
    /// <summary>Requests per second and p50/p99 latency of the local Web API host over HTTPS on loopback, for GET by id,
    /// POST, PATCH (contacts of our solution, its identity-key plug-in running) and a custom API call, at 1, 8 and 32
    /// concurrent clients; service protection off, data in memory. Client and host share this machine.</summary>
    internal static class WebApiBenchmark
    {
        private static readonly int[] Concurrency = { 1, 8, 32 };

        public static async Task Run(string solution, TimeSpan duration)
        {
            await using var ours = await WebApiHost.StartAsync(new HostOptions(solution, typeof(SyncIdentityKeyOnContactChange).Assembly) { Port = 0, InMemory = true, Limits = ServiceProtectionLimits.Off });
            await using var bench = await WebApiHost.StartAsync(new HostOptions(BenchEchoSolution.Write(), typeof(BenchEchoPlugin).Assembly) { Port = 0, InMemory = true, Limits = ServiceProtectionLimits.Off });
            using var contacts = await SignedIn(ours);
            using var echo = await SignedIn(bench);
            var root = ours.Authority.ServiceRoot;
            var ids = new List<Guid>();
            for (var i = 0; i < 1000; i++)
            {
                var created = await contacts.PostAsync(root + "contacts", Json(new { firstname = "Guest", lastname = "Number " + i }));
                var url = created.Headers.GetValues("OData-EntityId").Single();
                ids.Add(Guid.Parse(url.Substring(url.LastIndexOf('(') + 1, 36)));
            }

            var scenarios = new (string Name, Func<int, Task<HttpResponseMessage>> Send)[]
            {
                ("GET contacts(id)", i => contacts.GetAsync(root + $"contacts({ids[i % ids.Count]})?$select=firstname,lastname")),
                ("POST contacts", i => contacts.PostAsync(root + "contacts", Json(new { firstname = "Guest", lastname = "Posted " + i }))),
                ("PATCH contacts(id)", i => contacts.PatchAsync(root + $"contacts({ids[i % ids.Count]})", Json(new { lastname = "Patched " + i }))),
                ("POST cr_BenchEcho", i => echo.PostAsync(bench.Authority.ServiceRoot + "cr_BenchEcho", Json(new { Text = "hello" }))),
            };

            // Tiered compilation and dynamic PGO settle over the first seconds of traffic: warm every path before measuring.
            foreach (var (_, send) in scenarios)
            {
                await LoadRun.Measure(8, TimeSpan.FromSeconds(2), send);
            }

            Console.WriteLine($"Local Web API host over HTTPS on loopback ({Environment.ProcessorCount} cores shared by client and host), {duration.TotalSeconds:N0} s per cell after 1 s warm-up");
            Console.WriteLine("| request | clients | requests/s | p50 ms | p99 ms | failures |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (name, send) in scenarios)
            {
                foreach (var clients in Concurrency)
                {
                    var run = await LoadRun.Measure(clients, duration, send);
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:N0} | {3:N2} | {4:N2} | {5} |", name, clients, run.PerSecond, run.P50Milliseconds, run.P99Milliseconds, run.Failures));
                }
            }
        }

        private static async Task<HttpClient> SignedIn(WebApiHost host)
        {
            var http = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 64,
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == host.Certificate.GetCertHashString(),
                },
            });
            var client = host.Clients.First();
            var token = await http.PostAsync(host.Authority.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = client.ClientId.ToString(),
                ["client_secret"] = client.Secret,
                ["scope"] = host.Authority.Resource + "/.default",
            }));
            using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("access_token").GetString());
            return http;
        }

        private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
    }
}
