using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Demo;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Cli.Replay;
using DynamicsWifi.Client;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Client.Benchmarks
{
    /// <summary>Replays load files through the client against the local host in this process (HTTPS on loopback,
    /// throttling off) and prints events/s and API calls: single calls, then batches of 500, in memory and on a SQLite file.
    /// Arguments: [single events, default 2000] [batch events, default 10000].</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            var singleEvents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
            var batchEvents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            var folder = Directory.CreateTempSubdirectory("wifi-bench-").FullName;
            Console.WriteLine($"Client against the local host; {Environment.ProcessorCount} cores, load average {LoadAverage()}.");
            Console.WriteLine("| run | events | seconds | events/s | API calls | calls per 10,000 events | 429s |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            await Run("single calls (8 at once), in memory", null, ReplayMode.Single, Path.Combine(folder, "single.jsonl"), singleEvents);
            await Run("batches of 500, in memory", null, ReplayMode.Batches, Path.Combine(folder, "batches.jsonl"), batchEvents);
            await Run("batches of 500, SQLite file", Path.Combine(folder, "host.db"), ReplayMode.Batches, Path.Combine(folder, "batches-file.jsonl"), batchEvents);
            return 0;
        }

        private static async Task Run(string name, string? dataFile, ReplayMode mode, string file, int events)
        {
            LoadFile.Write(file, events, Math.Max(1, events / 4), events);
            await using var host = await LocalWebApi.StartAsync(Solution(), dataFile, throttle: false);
            using var client = new WifiClient(LocalConnection.For(host).ClientOptions());
            var fields = new EventFields(TimeZoneInfo.Utc);
            var logins = EventFile.Read(file).Select(fields.Read).ToList();
            var summary = await new ReplayRun(client, mode).RunAsync(logins);
            if (summary.Failed > 0 || summary.Recorded != events)
            {
                throw new InvalidOperationException($"{name}: {summary.Recorded} of {events} recorded; {summary.FailureReasons}");
            }

            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:N0} | {2:N1} | {3:N0} | {4:N0} | {5:N1} | {6} |",
                name, events, summary.Elapsed.TotalSeconds, summary.EventsPerSecond, summary.Calls.Calls, summary.Calls.Calls * 10_000.0 / events, summary.Calls.Throttled));
        }

        private static string Solution() =>
            Path.Combine(typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!, "Solution");

        private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
    }
}
