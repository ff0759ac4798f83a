using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Relay.Benchmarks
{
    /// <summary>Webhooks accepted per second (each a single login, signed, answered 202 once durably committed) and the
    /// accept latency's p50/p99, at 1, 16 and 64 concurrent posters, the relay taking webhooks only.</summary>
    internal static class AcceptBenchmark
    {
        public static async Task Run(string solution, int postsPerCell)
        {
            await using var host = await LocalWebApi.StartAsync(solution, null).ConfigureAwait(false);
            Console.WriteLine();
            Console.WriteLine("| posters | posts | accepts/s | p50 ms | p99 ms | refused |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var posters in new[] { 1, 16, 64 })
            {
                await using var relay = await BenchmarkRelay.Start(host, BenchmarkRelay.QueueFile(), drain: false).ConfigureAwait(false);
                using var http = new HttpClient { BaseAddress = relay.Url };
                await Cell(http, 8, 200, 0).ConfigureAwait(false);
                var posts = posters == 1 ? Math.Min(postsPerCell, 2000) : postsPerCell;
                var (seconds, latencies, refused) = await Cell(http, posters, posts, 1_000_000).ConfigureAwait(false);
                Array.Sort(latencies);
                Console.WriteLine($"| {posters} | {posts:N0} | {posts / seconds:N0} | {Percentile(latencies, 0.50):N2} | {Percentile(latencies, 0.99):N2} | {refused} |");
            }
        }

        private static async Task<(double Seconds, double[] Latencies, int Refused)> Cell(HttpClient http, int posters, int posts, int offset)
        {
            var latencies = new double[posts];
            var refused = 0;
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, posters).Select(_ => Task.Run(async () =>
            {
                int n;
                while ((n = Interlocked.Increment(ref next)) < posts)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (!await BenchmarkRelay.Post(http, BenchmarkRelay.Login(offset + n)).ConfigureAwait(false))
                    {
                        Interlocked.Increment(ref refused);
                    }

                    latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }))).ConfigureAwait(false);
            return (clock.Elapsed.TotalSeconds, latencies, refused);
        }

        private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
    }
}
