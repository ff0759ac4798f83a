using System;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;
using DynamicsWifi.Emulator.WebApi.Throttling;
using DynamicsWifi.Plugins.EventPlugins;
using DynamicsWifi.WebApi.Tests.Plugins;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Hosts started in this process on a free loopback port (Kestrel over HTTPS, no test server): one for our
    /// own solution and one for the library solution shared by the tests that need nothing special, and fresh ones with
    /// their own options.</summary>
    internal static class TestHosts
    {
        private static readonly Lazy<Task<WebApiHost>> Ours = new(() => Start(Repository.OurSolution, ServiceProtectionLimits.Off));
        private static readonly Lazy<Task<WebApiHost>> Library = new(() => Start(LibrarySolution.Path, ServiceProtectionLimits.Off));

        public static Task<WebApiHost> OurSolution() => Ours.Value;

        public static Task<WebApiHost> LibraryApi() => Library.Value;

        public static Task<WebApiHost> Start(string solution, ServiceProtectionLimits limits) =>
            Start(solution, limits, solution == LibrarySolution.Path ? typeof(EchoApiPlugin).Assembly : typeof(SyncIdentityKeyOnContactChange).Assembly);

        public static Task<WebApiHost> Start(string solution, ServiceProtectionLimits limits, System.Reflection.Assembly plugins) =>
            WebApiHost.StartAsync(new HostOptions(solution, plugins)
            {
                Port = 0,
                InMemory = true,
                Limits = limits,
            });
    }
}
