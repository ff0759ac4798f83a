using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace DynamicsWifi.Relay.Benchmarks
{
    /// <summary>Usage: dotnet run -c Release --project tests/DynamicsWifi.Relay.Benchmarks [-- posts-per-cell drain-events]</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            var posts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8000;
            var drainEvents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            var solution = Path.Combine(typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!, "Solution");
            Console.WriteLine($"Relay benchmark: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            await AcceptBenchmark.Run(solution, posts).ConfigureAwait(false);
            await DrainBenchmark.Run(solution, drainEvents).ConfigureAwait(false);
            return 0;
        }

        private static string LoadAverage() =>
            File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
    }
}
