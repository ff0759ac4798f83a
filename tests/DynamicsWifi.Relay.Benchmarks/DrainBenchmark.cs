using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Relay.Benchmarks
{
    /// <summary>A queue filled with N logins (relay taking webhooks only), then a draining relay started on it against a
    /// fresh local host: events per second from the first batch to the last outcome, and Web API calls (every attempt,
    /// 429s included) per 10,000 events; without throttling, and with the host refusing every tenth call with 429.</summary>
    internal static class DrainBenchmark
    {
        public static async Task Run(string solution, int events)
        {
            Console.WriteLine();
            Console.WriteLine("| host | events | drain events/s | API calls | per 10,000 events | 429s | Retry-After waits s | own pauses s |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var fraction in new[] { 0.0, 0.1 })
            {
                await using var host = await LocalWebApi.StartAsync(solution, null, 0, fraction, throttle: fraction > 0).ConfigureAwait(false);
                var queueFile = BenchmarkRelay.QueueFile();
                await Fill(host, queueFile, events).ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                await using var relay = await BenchmarkRelay.Start(host, queueFile, drain: true).ConfigureAwait(false);
                var status = await relay.StatusAsync().ConfigureAwait(false);
                while (status.QueueDepth > 0 || status.BatchesUnrecorded > 0)
                {
                    await Task.Delay(50).ConfigureAwait(false);
                    status = await relay.StatusAsync().ConfigureAwait(false);
                }

                var seconds = clock.Elapsed.TotalSeconds;
                var label = fraction == 0 ? "no throttling" : "429 on every 10th call";
                Console.WriteLine($"| {label} | {events:N0} | {events / seconds:N0} | {status.ApiCalls:N0} | {status.ApiCalls * 10_000.0 / events:N1} | {status.Throttled429:N0} | {status.RetryAfterWaitSeconds:N1} | {status.DrainPauseSeconds:N1} |");
            }
        }

        private static async Task Fill(LocalWebApi host, string queueFile, int events)
        {
            await using var intake = await BenchmarkRelay.Start(host, queueFile, drain: false).ConfigureAwait(false);
            using var http = new HttpClient { BaseAddress = intake.Url };
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                int n;
                while ((n = Interlocked.Increment(ref next)) < events)
                {
                    await BenchmarkRelay.Post(http, BenchmarkRelay.Login(n)).ConfigureAwait(false);
                }
            }))).ConfigureAwait(false);
        }
    }
}
