using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>Prints figures; asserts nothing. Usage: dotnet run -c Release --project tests/DynamicsWifi.Benchmarks [-- rows... | -- ingest | -- scale [rows...] | -- aggregates | -- keyrace [callers creates groups]]</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length >= 1 && args[0] == "keyrace")
            {
                // Every core: the race needs callers truly at the same moment, as the report found it.
                var numbers = args.Skip(1).Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).ToArray();
                Console.WriteLine("Identity key race (all cores): contacts created by concurrent callers, each lost create retried once");
                Console.WriteLine(new KeyRaceBenchmark(
                    Path.Combine(RepositoryRoot(), "Solution"),
                    numbers.Length > 0 ? numbers[0] : 64,
                    numbers.Length > 1 ? numbers[1] : 128_000,
                    numbers.Length > 2 ? numbers[2] : 16).Run());
                return 0;
            }

            // One core, as the figures are quoted: no other thread of ours competes and the numbers compare across machines.
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            {
                Process.GetCurrentProcess().ProcessorAffinity = (IntPtr)1;
            }

            if (args.Length == 1 && args[0] == "aggregates")
            {
                foreach (var line in new AggregatesBenchmark(Path.Combine(RepositoryRoot(), "Solution")).Run())
                {
                    Console.WriteLine(line);
                }

                return 0;
            }

            if (args.Length == 1 && args[0] == "ingest")
            {
                foreach (var line in new IngestBenchmark(Path.Combine(RepositoryRoot(), "Solution")).Run())
                {
                    Console.WriteLine(line);
                }

                return 0;
            }

            if (args.Length >= 1 && args[0] == "scale")
            {
                Console.WriteLine("Emulator at scale (one core): memory after single creates, ordered 5,000-row pages, a TopCount 10 fan-out join");
                Console.WriteLine(ScaleBenchmark.Header);
                var scaleSizes = args.Length > 1 ? args.Skip(1).Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).ToArray() : new[] { 100_000, 1_000_000 };
                foreach (var size in scaleSizes)
                {
                    Console.WriteLine(new ScaleBenchmark(Path.Combine(RepositoryRoot(), "Solution"), size).Run());
                }

                return 0;
            }

            var sizes = args.Length > 0 ? args.Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 100_000 };
            var solution = Path.Combine(RepositoryRoot(), "Solution");
            Console.WriteLine("Emulator operations per second (one core, Release expected), table of contacts of the given size");
            new OrganizationServiceBenchmark(solution, 200).Run(); // warm-up: JIT and tiered compilation, not printed
            Console.WriteLine(OrganizationServiceBenchmark.Header);
            foreach (var size in sizes)
            {
                Console.WriteLine(new OrganizationServiceBenchmark(solution, size).Run());
            }

            Console.WriteLine();
            Console.WriteLine("Plug-in pipeline (one core)");
            Console.WriteLine(new PipelineBenchmark(solution).Run());

            Console.WriteLine();
            Console.WriteLine("WiFi ingest through the full pipeline (one core): service calls per event, events per second");
            foreach (var line in new IngestBenchmark(solution).Run())
            {
                Console.WriteLine(line);
            }

            Console.WriteLine();
            Console.WriteLine("Visit aggregates as a guest's sessions grow (one core): service calls and time per new session; the repair");
            foreach (var line in new AggregatesBenchmark(solution).Run())
            {
                Console.WriteLine(line);
            }

            return 0;
        }

        private static string RepositoryRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null && !File.Exists(Path.Combine(folder.FullName, "DynamicsWifiSolution.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }
    }
}
