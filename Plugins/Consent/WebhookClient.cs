using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>One signed POST of a consent change to the platform's webhook, with a short explicit timeout and the
    /// connection closed afterwards, awaited synchronously as Microsoft's plug-in HttpClient sample does
    /// (learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/set-timeout-for-external-calls-from-plug-ins).</summary>
    public static class WebhookClient
    {
        /// <summary>Well inside the 2-minute limit of a plug-in execution.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        public static DeliveryOutcome Post(Uri url, string secret, ConsentChange change, DateTime utcNow)
        {
            var body = ConsentPayload.For(change);
            var timestamp = WebhookSignature.UnixSeconds(utcNow);
            using (var client = new HttpClient { Timeout = Timeout })
            using (var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") })
            {
                request.Headers.ConnectionClose = true;
                request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
                request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
                request.Headers.Add(WebhookSignature.IdempotencyKeyHeader, change.EventId);
                try
                {
                    using (var response = client.SendAsync(request).GetAwaiter().GetResult())
                    {
                        return DeliveryOutcome.OfStatus((int)response.StatusCode, response.ReasonPhrase);
                    }
                }
                catch (TaskCanceledException)
                {
                    return DeliveryOutcome.Transient("no answer within " + Timeout.TotalSeconds + " seconds");
                }
                catch (HttpRequestException failure)
                {
                    return DeliveryOutcome.Transient("no connection (" + failure.GetType().Name + ")");
                }
            }
        }
    }
}
