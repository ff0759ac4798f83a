using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>The WiFi platform's consent webhook for the tests: Kestrel on a free loopback port, one for the test
    /// assembly, an inbox per test. The plug-in refuses loopback and IP-literal URLs as the sandbox does, so the inboxes
    /// are addressed by a host name and this test process sends its HTTP through the receiver as its proxy
    /// (HttpClient.DefaultProxy): the request reaches the listener unchanged, under the name the plug-in called.</summary>
    internal static class ConsentReceiver
    {
        public const string HostName = "consent-receiver.test";

        private static readonly ConcurrentDictionary<string, Inbox> Inboxes = new();
        private static readonly Lazy<WebApplication> Server = new(Start);

        public static Inbox NewInbox()
        {
            _ = Server.Value;
            var inbox = new Inbox(Guid.NewGuid().ToString("N"));
            Inboxes[inbox.Id] = inbox;
            return inbox;
        }

        private static WebApplication Start()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            app.MapPost("/hooks/{id}", Receive);
            app.StartAsync().GetAwaiter().GetResult();

            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            HttpClient.DefaultProxy = new WebProxy(new Uri(address));
            return app;
        }

        private static async Task Receive(HttpContext context, string id)
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            if (!Inboxes.TryGetValue(id, out var inbox))
            {
                context.Response.StatusCode = 404;
                return;
            }

            var reply = inbox.NextReply();
            inbox.Record(new Delivery(headers, body, reply.Drop ? 0 : reply.Status));
            if (reply.Drop)
            {
                context.Abort();
                return;
            }

            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            context.Response.StatusCode = reply.Status;
        }
    }
}
