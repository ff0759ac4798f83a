using System.Linq;
using System.Net;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Throttling;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class ThrottlingTests
    {
        [TestMethod]
        public async Task RequestLimit_Answers429WithRetryAfterAndTheDataverseCode()
        {
            await using var host = await TestHosts.Start(LibrarySolution.Path, new ServiceProtectionLimits { RequestsPerWindow = 3 });
            var client = await HostClient.SignIn(host);

            var statuses = new[] { await client.Get("lib_books?$top=1"), await client.Get("lib_books?$top=1"), await client.Get("lib_books?$top=1"), await client.Get("lib_books?$top=1") };

            CollectionAssert.AreEqual(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }, statuses.Select(response => response.StatusCode).ToArray());
            var refused = statuses[3];
            var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.IsTrue(retryAfter is >= 1 and <= 300, "Retry-After " + retryAfter);
            var error = (await HostClient.Json(refused)).GetProperty("error");
            Assert.AreEqual("0x80072322", error.GetProperty("code").GetString());
            Assert.AreEqual("Number of requests exceeded the limit of 3 over time window of 300 seconds.", error.GetProperty("message").GetString());
        }

        [TestMethod]
        public async Task RemainingBudget_IsReportedInTheRateLimitHeaders()
        {
            await using var host = await TestHosts.Start(LibrarySolution.Path, new ServiceProtectionLimits { RequestsPerWindow = 10 });
            var client = await HostClient.SignIn(host);

            var first = await client.Get("lib_books?$top=1");
            var second = await client.Get("lib_books?$top=1");

            Assert.AreEqual("9", first.Headers.GetValues("x-ms-ratelimit-burst-remaining-xrm-requests").Single());
            Assert.AreEqual("8", second.Headers.GetValues("x-ms-ratelimit-burst-remaining-xrm-requests").Single());
        }

        [TestMethod]
        public async Task ThrottledFraction_RefusesThatShareOfCalls()
        {
            await using var host = await TestHosts.Start(LibrarySolution.Path, new ServiceProtectionLimits { ThrottledFraction = 0.25 });
            var client = await HostClient.SignIn(host);

            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.Get("lib_books?$top=1")));

            Assert.AreEqual(2, responses.Count(response => response.StatusCode == HttpStatusCode.TooManyRequests));
            Assert.IsTrue(responses.Where(response => response.StatusCode == HttpStatusCode.TooManyRequests).All(response => response.Headers.Contains("Retry-After")));
        }

        [TestMethod]
        public async Task NoThrottle_AdmitsEverything()
        {
            await using var host = await TestHosts.Start(LibrarySolution.Path, ServiceProtectionLimits.Off);
            var client = await HostClient.SignIn(host);

            var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Get("lib_books?$top=1")));

            Assert.IsTrue(responses.All(response => response.StatusCode == HttpStatusCode.OK));
            Assert.IsFalse(responses[0].Headers.Contains("x-ms-ratelimit-burst-remaining-xrm-requests"));
        }
    }
}
