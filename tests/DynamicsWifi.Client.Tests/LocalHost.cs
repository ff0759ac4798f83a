using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>A local host in this process on a free port, in memory, and a client signed in to it.</summary>
    internal static class LocalHost
    {
        public static readonly string RepoRoot = typeof(LocalHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!;

        public static string Solution => Path.Combine(RepoRoot, "Solution");

        public static Task<LocalWebApi> Start(double throttledFraction = 0) => LocalWebApi.StartAsync(Solution, null, 0, throttledFraction, throttle: throttledFraction > 0);

        public static WifiClient Client(LocalWebApi host, string role = LocalConnection.IntegrationRole, Action<WifiClientOptions>? configure = null)
        {
            var options = LocalConnection.For(host, role).ClientOptions();
            configure?.Invoke(options);
            return new WifiClient(options);
        }
    }
}
