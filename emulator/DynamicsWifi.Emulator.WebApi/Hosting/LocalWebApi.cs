using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Throttling;
using DynamicsWifi.Plugins.EventPlugins;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>Starts the local Web API inside the calling process (the `wifi` command, client tests, benchmarks): the
    /// same host the command line runs, with what a caller needs to connect: the service root, the authority, the scope,
    /// the certificate to pin and the clients. Dispose it to stop.</summary>
    public sealed class LocalWebApi : IAsyncDisposable
    {
        private readonly WebApiHost _host;

        private LocalWebApi(WebApiHost host)
        {
            _host = host;
            Clients = host.Clients.Select(client => new LocalWebApiClient(client.ClientId, client.Secret, client.RoleName)).ToArray();
        }

        public string ServiceRoot => _host.Authority.ServiceRoot;

        /// <summary>The OpenID authority (MSAL: WithOidcAuthority).</summary>
        public string Authority => _host.Authority.Authority;

        public string TokenEndpoint => _host.Authority.TokenEndpoint;

        public string Scope => _host.Authority.Resource + "/.default";

        public X509Certificate2 Certificate => _host.Certificate;

        public IReadOnlyList<LocalWebApiClient> Clients { get; }

        public LocalWebApiClient Client(string roleName) => Clients.Single(client => client.RoleName == roleName);

        /// <param name="solutionPath">The solution folder (exported-zip layout) or .zip.</param>
        /// <param name="dataFile">The SQLite file; null keeps nothing.</param>
        /// <param name="port">0 takes a free port.</param>
        /// <param name="throttledFraction">Test switch: the share of calls refused with 429 (0 to 1).</param>
        /// <param name="throttle">Dataverse's service protection limits on (off for benchmarks).</param>
        /// <param name="pluginAssembly">The plug-ins the solution runs; Dynamics WiFi's by default.</param>
        public static async Task<LocalWebApi> StartAsync(string solutionPath, string? dataFile, int port = 0, double throttledFraction = 0, bool throttle = true, Assembly? pluginAssembly = null)
        {
            var options = new HostOptions(solutionPath, pluginAssembly ?? typeof(SyncIdentityKeyOnContactChange).Assembly)
            {
                Port = port,
                DataFile = dataFile ?? string.Empty,
                InMemory = dataFile == null,
                Limits = new ServiceProtectionLimits { Enabled = throttle, ThrottledFraction = throttledFraction },
            };
            return new LocalWebApi(await WebApiHost.StartAsync(options).ConfigureAwait(false));
        }

        /// <summary>Writes the certificate as PEM (curl --cacert) and returns its full path.</summary>
        public string WriteCertificate(string path) => _host.WriteCertificate(path);

        public ValueTask DisposeAsync() => _host.DisposeAsync();
    }
}
