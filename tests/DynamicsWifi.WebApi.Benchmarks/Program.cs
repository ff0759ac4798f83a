using System;
using System.Globalization;
using System.IO;

namespace DynamicsWifi.WebApi.Benchmarks
{
    /// <summary>Usage: dotnet run -c Release --project tests/DynamicsWifi.WebApi.Benchmarks [-- seconds-per-cell]</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
            WebApiBenchmark.Run(Path.Combine(RepositoryRoot(), "Solution"), TimeSpan.FromSeconds(seconds)).GetAwaiter().GetResult();
            return 0;
        }

        private static string RepositoryRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null && !File.Exists(Path.Combine(folder.FullName, "DynamicsWifiSolution.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
        }
    }
}
