using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Client.Consent;
using DynamicsWifi.Relay.Queue;
using DynamicsWifi.Relay.Status;
using Microsoft.AspNetCore.Http;

namespace DynamicsWifi.Relay.Intake
{
    /// <summary>POST /events: the WiFi platform's webhook. 413 for a body over the limit, 401 for a bad or stale
    /// signature, 400 for a body that is not an event or a list of events, 503 with Retry-After when the queue is at its
    /// bound, and 202 only once every event is durably queued (or dead-lettered, for one whose fields are not of their
    /// type). Nothing is dropped: a webhook is either queued whole or refused whole.</summary>
    internal sealed class WebhookIntake
    {
        private readonly IEventQueue _queue;
        private readonly WebhookAuthentication _authentication;
        private readonly EventBodyReader _reader;
        private readonly RelayMetrics _metrics;
        private readonly long _maxBodyBytes;

        public WebhookIntake(IEventQueue queue, WebhookAuthentication authentication, EventBodyReader reader, RelayMetrics metrics, long maxBodyBytes)
        {
            _queue = queue;
            _authentication = authentication;
            _reader = reader;
            _metrics = metrics;
            _maxBodyBytes = maxBodyBytes;
        }

        public async Task Handle(HttpContext http)
        {
            var status = await Answer(http).ConfigureAwait(false);
            _metrics.Answered(status);
        }

        private async Task<int> Answer(HttpContext http)
        {
            var request = http.Request;
            var body = request.ContentLength > _maxBodyBytes ? null : await ReadBody(request).ConfigureAwait(false);
            if (body == null)
            {
                return await Refuse(http, StatusCodes.Status413PayloadTooLarge, "The body is over " + _maxBodyBytes + " bytes.").ConfigureAwait(false);
            }

            var refusal = _authentication.Refusal(
                request.Headers[WebhookSignature.TimestampHeader].FirstOrDefault(),
                request.Headers[WebhookSignature.SignatureHeader].FirstOrDefault(),
                body,
                DateTimeOffset.UtcNow);
            if (refusal != null)
            {
                return await Refuse(http, StatusCodes.Status401Unauthorized, refusal).ConfigureAwait(false);
            }

            var events = _reader.Read(body, out var notEvents);
            if (events == null)
            {
                return await Refuse(http, StatusCodes.Status400BadRequest, notEvents!).ConfigureAwait(false);
            }

            var logins = events.Count(item => item.Login != null);
            if (!await _queue.EnqueueAsync(events, http.RequestAborted).ConfigureAwait(false))
            {
                var seconds = (int)Math.Clamp(Math.Ceiling(logins / Math.Max(1, _metrics.OutPerSecond)), 1, 60);
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return await Refuse(http, StatusCodes.Status503ServiceUnavailable, "The queue is full; send again after Retry-After.").ConfigureAwait(false);
            }

            _metrics.Queued(logins);
            http.Response.StatusCode = StatusCodes.Status202Accepted;
            await http.Response.WriteAsJsonAsync(new { Queued = logins, DeadLettered = events.Count - logins }).ConfigureAwait(false);
            return StatusCodes.Status202Accepted;
        }

        /// <summary>The body, or null when it is over the limit (Kestrel stops reading there too).</summary>
        private async Task<byte[]?> ReadBody(HttpRequest request)
        {
            using (var buffer = new MemoryStream())
            {
                try
                {
                    await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
                }
                catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return null;
                }

                return buffer.Length > _maxBodyBytes ? null : buffer.ToArray();
            }
        }

        private static async Task<int> Refuse(HttpContext http, int status, string reason)
        {
            http.Response.StatusCode = status;
            await http.Response.WriteAsJsonAsync(new { Error = reason }).ConfigureAwait(false);
            return status;
        }
    }
}
