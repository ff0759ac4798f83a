using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace DynamicsWifi.WebApi.Benchmarks
{
    /// <summary>One cell of the Web API table: <c>clients</c> loops sending one request after another for a fixed time,
    /// after a warm-up; requests per second over the whole run and the 50th and 99th percentile latencies.</summary>
    internal sealed class LoadRun
    {
        private LoadRun(double perSecond, double p50, double p99, int failures)
        {
            PerSecond = perSecond;
            P50Milliseconds = p50;
            P99Milliseconds = p99;
            Failures = failures;
        }

        public double PerSecond { get; }

        public double P50Milliseconds { get; }

        public double P99Milliseconds { get; }

        public int Failures { get; }

        public static async Task<LoadRun> Measure(int clients, TimeSpan duration, Func<int, Task<HttpResponseMessage>> send)
        {
            await Loop(clients, TimeSpan.FromSeconds(1), send, new List<long>[clients]);
            var latencies = Enumerable.Range(0, clients).Select(_ => new List<long>()).ToArray();
            var clock = Stopwatch.StartNew();
            var failures = await Loop(clients, duration, send, latencies);
            var elapsed = clock.Elapsed.TotalSeconds;
            var all = latencies.SelectMany(list => list).OrderBy(ticks => ticks).ToArray();
            double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(all.Length * p))] * 1000.0 / Stopwatch.Frequency;
            return new LoadRun(all.Length / elapsed, Percentile(0.50), Percentile(0.99), failures);
        }

        private static async Task<int> Loop(int clients, TimeSpan duration, Func<int, Task<HttpResponseMessage>> send, List<long>?[] latencies)
        {
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var failures = 0;
            var sequence = 0;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < until)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await send(System.Threading.Interlocked.Increment(ref sequence));
                    await response.Content.ReadAsByteArrayAsync();
                    latencies[client]?.Add(Stopwatch.GetTimestamp() - started);
                    if (!response.IsSuccessStatusCode)
                    {
                        System.Threading.Interlocked.Increment(ref failures);
                    }
                }
            })));
            return failures;
        }
    }
}
