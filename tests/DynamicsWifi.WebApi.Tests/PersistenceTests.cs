using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class PersistenceTests
    {
        [TestMethod]
        public async Task HostKilledMidLoad_KeepsEveryAcknowledgedWrite()
        {
            var dataFile = Path.Combine(Path.GetTempPath(), "dynamicswifi-webapi-" + Guid.NewGuid().ToString("N") + ".db");
            var prefix = Codes.New().Substring(0, 6);
            var acknowledged = new ConcurrentBag<string>();
            using (var first = await HostProcess.Start(LibrarySolution.Path, dataFile))
            {
                using var http = await first.SignIn();
                using var enough = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
                {
                    for (var i = 0; i < 1000; i++)
                    {
                        var code = $"{prefix}-{writer}-{i}";
                        try
                        {
                            var response = await http.PostAsync(first.ServiceRoot + "lib_libraries", new StringContent($"{{\"lib_name\":\"Durable\",\"lib_code\":\"{code}\"}}", Encoding.UTF8, "application/json"));
                            if (response.StatusCode == HttpStatusCode.NoContent)
                            {
                                acknowledged.Add(code);
                            }
                        }
                        catch (HttpRequestException)
                        {
                            return; // the host is gone: this write was never acknowledged
                        }
                    }
                })).ToList();
                await Poll.Until(() => Task.FromResult(acknowledged.Count >= 300));

                first.Kill();
                await Task.WhenAll(writers);
            }

            using var second = await HostProcess.Start(LibrarySolution.Path, dataFile);
            using var client = await second.SignIn();
            var stored = await StoredCodes(client, second.ServiceRoot + $"lib_libraries?$select=lib_code&$filter=startswith(lib_code,'{prefix}')");

            Assert.IsTrue(acknowledged.Count >= 300, "The load never got going.");
            var lost = acknowledged.Except(stored).ToList();
            Assert.AreEqual(0, lost.Count, "Acknowledged but lost: " + string.Join(", ", lost.Take(10)));
        }

        [TestMethod]
        public async Task JobsQueuedWhenTheHostIsKilled_RunAfterTheRestart()
        {
            var dataFile = Path.Combine(Path.GetTempPath(), "dynamicswifi-webapi-" + Guid.NewGuid().ToString("N") + ".db");
            var loans = new List<Guid>();
            int waitingBeforeKill;
            using (var first = await HostProcess.Start(LibrarySolution.Path, dataFile, "--hold-async-jobs"))
            {
                using var http = await first.SignIn();
                for (var i = 0; i < 5; i++)
                {
                    var created = await http.PostAsync(first.ServiceRoot + "lib_loans", new StringContent("{\"lib_name\":\"new\"}", Encoding.UTF8, "application/json"));
                    Assert.AreEqual(HttpStatusCode.NoContent, created.StatusCode);
                    loans.Add(HostClient.EntityId(created));
                }

                waitingBeforeKill = await SystemJobs(http, first.ServiceRoot, "statecode eq 0 and data ne null");
                first.Kill();
            }

            using var second = await HostProcess.Start(LibrarySolution.Path, dataFile);
            using var client = await second.SignIn();
            var allStamped = await Poll.Until(async () =>
            {
                var names = await StoredNames(client, second.ServiceRoot + "lib_loans?$select=lib_name");
                return loans.All(loan => names.TryGetValue(loan, out var name) && name == "stamped");
            });

            Assert.AreEqual(5, waitingBeforeKill, "The held host should have queued one System Job per loan, with its context.");
            Assert.IsTrue(allStamped, "A job queued before the kill never ran after the restart.");
            Assert.AreEqual(5, await SystemJobs(client, second.ServiceRoot, "statuscode eq 30 and data eq null"), "Each job should have succeeded once, its captured context dropped.");
        }

        [TestMethod]
        public async Task Restart_KeepsTheClientsSecretAndCertificate()
        {
            var dataFile = Path.Combine(Path.GetTempPath(), "dynamicswifi-webapi-" + Guid.NewGuid().ToString("N") + ".db");
            string secret, certificate;
            using (var first = await HostProcess.Start(LibrarySolution.Path, dataFile))
            {
                (secret, certificate) = (first.Secret, File.ReadAllText(first.CertificateFile));
                first.Kill();
            }

            using var second = await HostProcess.Start(LibrarySolution.Path, dataFile);

            Assert.AreEqual(secret, second.Secret);
            Assert.AreEqual(certificate, File.ReadAllText(second.CertificateFile));
        }

        private static async Task<int> SystemJobs(HttpClient http, string serviceRoot, string filter) =>
            (await HostClient.Json(await http.GetAsync(serviceRoot + "asyncoperations?$select=statuscode&$filter=" + Uri.EscapeDataString(filter)))).GetProperty("value").GetArrayLength();

        private static async Task<Dictionary<Guid, string?>> StoredNames(HttpClient http, string url) =>
            (await HostClient.Json(await http.GetAsync(url))).GetProperty("value").EnumerateArray()
                .ToDictionary(row => row.GetProperty("lib_loanid").GetGuid(), row => row.GetProperty("lib_name").GetString());

        private static async Task<HashSet<string>> StoredCodes(HttpClient http, string url)
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (string? next = url; next != null;)
            {
                var body = await HostClient.Json(await http.GetAsync(next));
                foreach (var row in body.GetProperty("value").EnumerateArray())
                {
                    codes.Add(row.GetProperty("lib_code").GetString()!);
                }

                next = body.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            }

            return codes;
        }
    }
}
