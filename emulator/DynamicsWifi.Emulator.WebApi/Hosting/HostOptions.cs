using System.Net;
using System.Reflection;
using DynamicsWifi.Emulator.WebApi.Throttling;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>How to run the host: which solution and plug-ins, where to listen (127.0.0.1 unless told otherwise),
    /// where the data lives (a SQLite file, or nowhere with InMemory), and the service protection limits.</summary>
    internal sealed class HostOptions
    {
        public HostOptions(string solutionPath, Assembly pluginAssembly)
        {
            SolutionPath = solutionPath;
            PluginAssembly = pluginAssembly;
        }

        public string SolutionPath { get; }

        public Assembly PluginAssembly { get; }

        public IPAddress Address { get; init; } = IPAddress.Loopback;

        /// <summary>0 takes a free port.</summary>
        public int Port { get; init; } = 5443;

        /// <summary>The SQLite file; ignored when <see cref="InMemory"/>.</summary>
        public string DataFile { get; init; } = "dynamicswifi-webapi.db";

        public bool InMemory { get; init; }

        /// <summary>Test switch: queue asynchronous jobs but run none, so a test can stop the host with jobs waiting and
        /// see a restarted host run them.</summary>
        public bool HoldAsyncJobs { get; init; }

        public ServiceProtectionLimits Limits { get; init; } = new();
    }
}
