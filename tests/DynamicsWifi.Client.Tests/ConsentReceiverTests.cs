using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Receiver;
using DynamicsWifi.Client.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    [TestClass]
    public sealed class ConsentReceiverTests
    {
        private const string Secret = "test-signing-secret";
        private const string Body = "{\"EventId\":\"e-1\",\"GuestId\":\"guest-7\",\"Channel\":\"email\",\"Granted\":false}";

        [TestMethod]
        public async Task SignedChange_IsAcceptedOnce()
        {
            await using var receiver = await ConsentReceiver.StartAsync(Secret);
            var received = 0;
            receiver.Received += _ => received++;

            var first = await Post(receiver, DateTimeOffset.UtcNow, Secret);
            var repeat = await Post(receiver, DateTimeOffset.UtcNow, Secret);

            Assert.AreEqual(HttpStatusCode.OK, first);
            Assert.AreEqual(HttpStatusCode.OK, repeat);
            Assert.AreEqual(1, received);
        }

        [TestMethod]
        public async Task WrongSecret_IsRefused()
        {
            await using var receiver = await ConsentReceiver.StartAsync(Secret);

            var status = await Post(receiver, DateTimeOffset.UtcNow, "another-secret");

            Assert.AreEqual(HttpStatusCode.Unauthorized, status);
        }

        [TestMethod]
        public async Task TimestampSixMinutesOld_IsRefused()
        {
            await using var receiver = await ConsentReceiver.StartAsync(Secret);

            var status = await Post(receiver, DateTimeOffset.UtcNow.AddMinutes(-6), Secret);

            Assert.AreEqual(HttpStatusCode.Unauthorized, status);
        }

        [TestMethod]
        public void Signature_IsHmacSha256OfTimestampDotBody()
        {
            // Computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac k
            var signature = WebhookSignature.Sign("k", "1700000000", "{}");

            Assert.AreEqual("v1=c6ef4734033cee2367414a0939385eca0397754aa7a59716da7463a9298b5146", signature);
        }

        private static async Task<HttpStatusCode> Post(ConsentReceiver receiver, DateTimeOffset at, string secret)
        {
            using var http = new HttpClient();
            var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Url) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, Body));
            request.Headers.Add(WebhookSignature.IdempotencyHeader, "e-1");
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
    }
}
