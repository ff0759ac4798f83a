using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Emulator.WebApi.Hosting;
using DynamicsWifi.Relay.Hosting;
using DynamicsWifi.Client.Consent;
using DynamicsWifi.Relay.Queue;

namespace DynamicsWifi.Relay.Benchmarks
{
    /// <summary>A relay in this process on a fresh queue file, and signed posts of generated logins.</summary>
    internal static class BenchmarkRelay
    {
        public const string Secret = "benchmark-secret";

        public static string QueueFile() => Path.Combine(Path.GetTempPath(), "wifi-relay-bench-" + Guid.NewGuid().ToString("N") + ".db");

        public static Task<RelayServer> Start(LocalWebApi host, string queueFile, bool drain) => RelayServer.StartAsync(
            new RelayOptions { Port = 0, SigningSecrets = new[] { Secret }, Sqlite = new SqliteQueueOptions { Path = queueFile }, Drain = drain },
            LocalConnection.For(host).ClientOptions());

        public static string Login(int n) => "{\"SessionId\":\"bench-" + n.ToString(CultureInfo.InvariantCulture) + "\",\"Venue\":\"Stadium\",\"SessionStart\":\""
            + DateTime.UtcNow.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\",\"Email\":\"guest"
            + (n % 5000).ToString(CultureInfo.InvariantCulture) + "@example.com\",\"Zone\":\"Gate " + (n % 7).ToString(CultureInfo.InvariantCulture) + "\"}";

        public static async Task<bool> Post(HttpClient http, string json)
        {
            var body = Encoding.UTF8.GetBytes(json);
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, "events") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(Secret, timestamp, json));
            using var answer = await http.SendAsync(request).ConfigureAwait(false);
            return answer.StatusCode == System.Net.HttpStatusCode.Accepted;
        }
    }
}
