using System;
using System.IO;
using System.Threading.Tasks;
using DynamicsWifi.Client;
using DynamicsWifi.Relay.Hosting;
using DynamicsWifi.Relay.Queue;
using DynamicsWifi.Relay.Status;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>A relay in this process on a free loopback port with a fresh SQLite queue file, and waiting for it to drain.</summary>
    internal static class LocalRelay
    {
        public static string QueueFile() => Path.Combine(Path.GetTempPath(), "wifi-relay-test-" + Guid.NewGuid().ToString("N") + ".db");

        public static Task<RelayServer> Start(WifiClientOptions dataverse, Action<RelayOptions>? configure = null, string? queueFile = null)
        {
            var options = new RelayOptions
            {
                Port = 0,
                SigningSecrets = new[] { SignedPoster.Secret },
                Sqlite = new SqliteQueueOptions { Path = queueFile ?? QueueFile() },
            };
            configure?.Invoke(options);
            return RelayServer.StartAsync(options, dataverse);
        }

        /// <summary>Waits until nothing waits in the queue and no stored batch is unrecorded; fails after the limit.</summary>
        public static async Task<RelayStatus> Drained(Func<Task<RelayStatus>> status, TimeSpan limit)
        {
            var until = DateTime.UtcNow + limit;
            while (true)
            {
                var now = await status().ConfigureAwait(false);
                if (now.QueueDepth == 0 && now.BatchesUnrecorded == 0)
                {
                    return now;
                }

                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"Not drained after {limit}: depth {now.QueueDepth}, unrecorded batches {now.BatchesUnrecorded}.");
                }

                await Task.Delay(200).ConfigureAwait(false);
            }
        }
    }
}
