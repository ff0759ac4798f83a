using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client;
using DynamicsWifi.Relay.Draining;
using DynamicsWifi.Relay.Intake;
using DynamicsWifi.Relay.Queue;
using DynamicsWifi.Relay.Status;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DynamicsWifi.Relay.Hosting
{
    /// <summary>A running relay: Kestrel with POST /events, GET /status and GET /metrics, the queue, and the drainer
    /// feeding Dataverse through the client. Dispose it to stop: intake first, then the drainer, then the queue (a batch
    /// left unsettled is sent again under its BatchId by whoever drains next).</summary>
    public sealed class RelayServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly IEventQueue _queue;
        private readonly WifiClient _client;
        private readonly Drainer? _drainer;
        private readonly Task _draining;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        private RelayServer(WebApplication app, IEventQueue queue, WifiClient client, Drainer? drainer, RelayMetrics metrics, Uri url)
        {
            _app = app;
            _queue = queue;
            _client = client;
            _drainer = drainer;
            Metrics = metrics;
            Url = url;
            _draining = drainer == null ? Task.CompletedTask : Task.Run(() => drainer.RunAsync(_stop.Token));
        }

        /// <summary>The relay's base address; webhooks go to {Url}events.</summary>
        public Uri Url { get; }

        public RelayMetrics Metrics { get; }

        public static async Task<RelayServer> StartAsync(RelayOptions options, WifiClientOptions dataverse, ILoggerFactory? logs = null)
        {
            var authentication = new WebhookAuthentication(options.SigningSecrets);
            var port = options.Port == 0 ? FreePort(options.Address) : options.Port;
            var queue = options.ServiceBus != null ? (IEventQueue)ServiceBusEventQueue.Connect(options.ServiceBus) : new SqliteEventQueue(options.Sqlite);
            var metrics = new RelayMetrics();
            var client = new WifiClient(dataverse);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
                kestrel.Listen(options.Address, port);
            });
            var app = builder.Build();
            var log = (logs ?? app.Services.GetRequiredService<ILoggerFactory>()).CreateLogger("DynamicsWifi.Relay");
            var drainer = options.Drain ? new Drainer(queue, client, options.Drainer, metrics, log) : null;
            var intake = new WebhookIntake(queue, authentication, new EventBodyReader(options.JourneyTimeZone), metrics, options.MaxBodyBytes);
            var url = new UriBuilder("http", options.Address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + options.Address + "]" : options.Address.ToString(), port).Uri;
            RelayServer? server = null;
            app.MapPost("/events", (RequestDelegate)intake.Handle);
            app.MapGet("/status", async http => await http.Response.WriteAsJsonAsync(await server!.StatusAsync(http.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false));
            app.MapGet("/metrics", async http =>
            {
                var text = PrometheusText.Write(await server!.StatusAsync(http.RequestAborted).ConfigureAwait(false));
                http.Response.ContentType = PrometheusText.ContentType;
                await http.Response.WriteAsync(text).ConfigureAwait(false);
            });
            server = new RelayServer(app, queue, client, drainer, metrics, url);
            await app.StartAsync().ConfigureAwait(false);
            return server;
        }

        public async Task<RelayStatus> StatusAsync(CancellationToken cancel = default)
        {
            var queue = await _queue.SnapshotAsync(cancel).ConfigureAwait(false);
            var calls = _client.Statistics;
            return new RelayStatus
            {
                QueueDepth = queue.Depth,
                OldestEventAgeSeconds = queue.OldestAge?.TotalSeconds,
                EventsInPerSecond = Metrics.InPerSecond,
                EventsOutPerSecond = Metrics.OutPerSecond,
                EventsAccepted = Metrics.Accepted,
                EventsRecorded = Metrics.Recorded,
                EventsDeadLettered = Metrics.DeadLettered,
                EventsRetried = Metrics.Retried,
                Outcomes = Metrics.Outcomes.ToDictionary(pair => pair.Key.ToString().ToLowerInvariant(), pair => pair.Value),
                DeadLettersByCode = queue.DeadLettersByCode.ToDictionary(pair => pair.Key, pair => pair.Value),
                WebhooksByStatus = Metrics.Answers.ToDictionary(pair => pair.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), pair => pair.Value),
                Draining = _drainer?.Draining ?? false,
                BatchesSent = Metrics.BatchesSent,
                BatchesUnrecorded = Metrics.BatchesOutstanding,
                ApiCalls = calls.Calls,
                Throttled429 = calls.Throttled,
                RetryAfterWaitSeconds = calls.TotalWait.TotalSeconds,
                DrainPauses = Metrics.PaceWaits,
                DrainPauseSeconds = Metrics.PaceWaitTotal.TotalSeconds,
                CurrentGapMilliseconds = _drainer?.Gap.TotalMilliseconds ?? 0,
            };
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            _stop.Cancel();
            await _draining.ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            await _queue.DisposeAsync().ConfigureAwait(false);
            _client.Dispose();
            _stop.Dispose();
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
