using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DynamicsWifi.Client.Consent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DynamicsWifi.Cli.Receiver
{
    /// <summary>The WiFi platform's consent webhook (DESIGN.md 5), as a working example: POST /consent, refused with 401
    /// unless signed with the shared secret and timestamped within five minutes; a repeated Idempotency-Key is
    /// acknowledged without being applied twice.</summary>
    public sealed class ConsentReceiver : IAsyncDisposable
    {
        public const string Path = "/consent";
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, ReceivedChange> _received = new ConcurrentDictionary<string, ReceivedChange>();

        private ConsentReceiver(WebApplication app, int port)
        {
            _app = app;
            Url = "http://localhost:" + port + Path;
        }

        /// <summary>The webhook's URL, to set as cr_WifiConsentWebhookUrl.</summary>
        public string Url { get; }

        public event Action<ReceivedChange>? Received;

        public event Action<string>? Refused;

        public static async Task<ConsentReceiver> StartAsync(string secret, int port = 0)
        {
            if (port == 0)
            {
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            var app = builder.Build();
            var receiver = new ConsentReceiver(app, port);
            app.MapPost(Path, (HttpContext context) => receiver.Handle(context, secret));
            await app.StartAsync().ConfigureAwait(false);
            return receiver;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();

        private async Task Handle(HttpContext context, string secret)
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var headers = context.Request.Headers;
            var refusal = WebhookSignature.Check(secret, headers[WebhookSignature.TimestampHeader], headers[WebhookSignature.SignatureHeader], body, DateTimeOffset.UtcNow);
            var eventId = (string?)headers[WebhookSignature.IdempotencyHeader];
            if (refusal == null && string.IsNullOrEmpty(eventId))
            {
                refusal = "missing " + WebhookSignature.IdempotencyHeader;
            }

            if (refusal != null)
            {
                Refused?.Invoke(refusal);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            var change = new ReceivedChange(eventId!, DateTimeOffset.UtcNow, body);
            if (_received.TryAdd(eventId!, change))
            {
                Received?.Invoke(change);
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
        }
    }
}
