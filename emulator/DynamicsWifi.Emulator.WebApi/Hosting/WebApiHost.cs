using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Auth;
using DynamicsWifi.Emulator.WebApi.Batch;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Operations;
using DynamicsWifi.Emulator.WebApi.Persistence;
using DynamicsWifi.Emulator.WebApi.Routing;
using DynamicsWifi.Emulator.WebApi.Throttling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>The running host: the emulator loaded from the solution, Kestrel on HTTPS with the host's own certificate,
    /// the local authority's endpoints and the Web API. Start it, read its addresses and clients, dispose it to stop.</summary>
    internal sealed class WebApiHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly AsyncJobDrainer _drainer;
        private readonly SqliteDataFile? _dataFile;

        private WebApiHost(WebApplication app, AsyncJobDrainer drainer, DataverseEmulator emulator, LocalAuthority authority, ClientRegistry clients, HostSecrets secrets, SqliteDataFile? dataFile, TokenIssuer tokens)
        {
            Tokens = tokens;
            _app = app;
            _drainer = drainer;
            _dataFile = dataFile;
            Emulator = emulator;
            Authority = authority;
            Clients = clients.Clients;
            Certificate = secrets.Certificate;
        }

        public DataverseEmulator Emulator { get; }

        public LocalAuthority Authority { get; }

        public IReadOnlyList<RegisteredClient> Clients { get; }

        /// <summary>The authority's token issuer, the one its token endpoint uses.</summary>
        public TokenIssuer Tokens { get; }

        public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate { get; }

        public static async Task<WebApiHost> StartAsync(HostOptions options)
        {
            var dataFile = options.InMemory ? null : new SqliteDataFile(options.DataFile);
            var emulator = dataFile == null
                ? DataverseEmulator.FromSolution(options.SolutionPath, options.PluginAssembly)
                : DataverseEmulator.FromSolution(options.SolutionPath, options.PluginAssembly, dataFile.ReadRows(), dataFile);
            var secrets = dataFile == null ? HostSecrets.CreateNew() : StoredSecrets.Load(dataFile);
            var clients = ClientRegistry.Register(emulator, secrets.ClientSecretKey, emulator.Metadata.RoleNames);
            var port = options.Port == 0 ? FreePort(options.Address) : options.Port;
            var authority = new LocalAuthority(new UriBuilder("https", options.Address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + options.Address + "]" : options.Address.ToString(), port).Uri);
            var model = new WebApiModel(emulator.Metadata);
            var issuer = new TokenIssuer(secrets.SigningKey, authority.Authority, authority.Resource);
            var drainer = new AsyncJobDrainer(emulator, runJobs: !options.HoldAsyncJobs);
            var dispatcher = new WebApiDispatcher();
            var services = new WebApiServices(
                emulator,
                model,
                authority,
                new BearerAuthentication(issuer, clients),
                new ServiceProtection(options.Limits),
                dispatcher,
                new BatchProcessor(emulator, model, dispatcher, authority.ServiceRoot),
                drainer.Signal);

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
                kestrel.Listen(options.Address, port, listen => listen.UseHttps(secrets.Certificate));
            });
            var app = builder.Build();
            AuthorityEndpoints.Map(app, () => authority, issuer, clients);
            var endpoint = new WebApiEndpoint(services);
            app.Map(ODataUrls.ServicePath.TrimEnd('/'), (RequestDelegate)endpoint.Handle);
            app.Map(ODataUrls.ServicePath + "{**rest}", (RequestDelegate)endpoint.Handle);
            await app.StartAsync().ConfigureAwait(false);
            return new WebApiHost(app, drainer, emulator, authority, clients, secrets, dataFile, issuer);
        }

        /// <summary>Writes the certificate as PEM, for curl's --cacert and other clients that pin it.</summary>
        public string WriteCertificate(string path)
        {
            File.WriteAllText(path, DevelopmentCertificate.Pem(Certificate));
            return Path.GetFullPath(path);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            await _drainer.DisposeAsync().ConfigureAwait(false);
            _dataFile?.Dispose();
        }

        private static int FreePort(IPAddress address)
        {
            var probe = new TcpListener(address, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
