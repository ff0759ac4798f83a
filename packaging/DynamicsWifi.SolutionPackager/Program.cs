using System;
using System.Collections.Generic;

namespace DynamicsWifi.SolutionPackager
{
    internal static class Program
    {
        private const string Usage = "usage: DynamicsWifi.SolutionPackager --solution <Solution folder> --assembly <net462 DynamicsWifi.Plugins.dll> --version <x.y.z.w> --output <folder>";

        private static int Main(string[] args)
        {
            var options = ParseOptions(args);
            if (options is null)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            try
            {
                var result = Packager.Pack(options);
                Console.WriteLine($"Dynamics WiFi solution {options.Version}: {result.UnmanagedZipPath}, {result.ManagedZipPath}");
                return 0;
            }
            catch (PackagingException exception)
            {
                // "error DWSP001:" makes MSBuild's Exec report the message as a build error.
                Console.Error.WriteLine("error DWSP001: " + exception.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal));
                return 1;
            }
        }

        private static PackRequest? ParseOptions(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i]] = args[i + 1];
            }

            return args.Length == 8
                && values.TryGetValue("--solution", out var solution)
                && values.TryGetValue("--assembly", out var assembly)
                && values.TryGetValue("--version", out var version)
                && values.TryGetValue("--output", out var output)
                ? new PackRequest(solution, assembly, version, output)
                : null;
        }
    }
}
