using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>The ingest's cost (DESIGN.md 8), from the emulator's request log: service calls per event for a new and a
    /// returning guest through cr_RecordWifiAuthentication and per event of a batch of 500 (the synchronous call and
    /// the asynchronous recording together), the raise of cr_WifiVisitRecorded counted apart; API calls per 10,000
    /// events; events per second through the whole pipeline, single and batch.</summary>
    internal sealed class IngestBenchmark
    {
        private const string VisitRecorded = "cr_WifiVisitRecorded";
        private const int BatchSize = 500;
        private const int SingleEvents = 2_000;
        private const int Batches = 10;

        private readonly string _solution;

        public IngestBenchmark(string solution)
        {
            _solution = solution;
        }

        public IEnumerable<string> Run()
        {
            var single = new Organization(_solution);
            single.Record(Login(0, "warm-up"));
            yield return Calls("new guest, single call", single, () => single.Record(Login(1, "s-1")), 1);
            yield return Calls("returning guest, single call", single, () => single.Record(Login(1, "s-2")), 1);

            var batch = new Organization(_solution);
            yield return Calls("batch of 500 new guests, per event", batch, () => batch.RecordBatch(Enumerable.Range(0, BatchSize).Select(i => Login(i, "b1-" + i))), BatchSize);
            yield return Calls("batch of 500 returning guests, per event", batch, () => batch.RecordBatch(Enumerable.Range(0, BatchSize).Select(i => Login(i, "b2-" + i))), BatchSize);
            yield return "API calls per 10,000 events: single 10,000; batch " + (10_000 / BatchSize).ToString(CultureInfo.InvariantCulture);

            var timed = new Organization(_solution);
            var newGuests = Rate(SingleEvents, () => { for (var i = 0; i < SingleEvents; i++) timed.Record(Login(i, "n-" + i)); });
            var returning = Rate(SingleEvents, () => { for (var i = 0; i < SingleEvents; i++) timed.Record(Login(i, "r-" + i)); });
            yield return Format("single calls: {0:N0} new guests/s, {1:N0} returning guests/s", newGuests, returning);

            var bulk = new Organization(_solution);
            var batchRate = Rate(Batches * BatchSize, () =>
            {
                for (var round = 0; round < Batches; round++)
                {
                    bulk.RecordBatch(Enumerable.Range(0, BatchSize).Select(i => Login(round * BatchSize + i, "x-" + round + "-" + i)));
                }
            });
            yield return Format("batches of 500 (accepted and recorded): {0:N0} events/s", batchRate);
        }

        private static string Calls(string path, Organization organization, Action events, int eventCount)
        {
            organization.Emulator.Requests.Clear();
            events();
            var calls = organization.Emulator.Requests.Records.SelectMany(record => record.Calls).Where(call => call.Depth > 1).ToList();
            var raises = calls.Count(call => call.Message == VisitRecorded);
            var work = calls.Count - raises;
            return Format("{0}: {1:0.###} service calls ({2} in all: {3}); business event raised {4} time(s)",
                path, (double)work / eventCount, work, Summary(calls.Where(call => call.Message != VisitRecorded)), raises);
        }

        private static string Summary(IEnumerable<ServiceCall> calls) =>
            string.Join(", ", calls.GroupBy(call => call.Message + " " + call.Table).Select(group => group.Count() + " " + group.Key.Trim()));

        private static double Rate(int events, Action run)
        {
            var clock = Stopwatch.StartNew();
            run();
            return events / clock.Elapsed.TotalSeconds;
        }

        /// <summary>One login, fresh: guest n's email, a session id, a start two minutes ago.</summary>
        private static Login Login(int guest, string sessionId) => new Login(guest, sessionId, DateTime.UtcNow.AddMinutes(-2));

        private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

        /// <summary>An organization with the solution and the platform's application user (WiFi Integration role).</summary>
        private sealed class Organization
        {
            private readonly IOrganizationService _platform;

            public Organization(string solution)
            {
                Emulator = DataverseEmulator.FromSolution(solution, typeof(RecordWifiAuthenticationApi).Assembly);
                _platform = Emulator.CreateOrganizationService(Emulator.CreateApplicationUser("WiFi platform", Guid.NewGuid(), "WiFi Integration"));
            }

            public DataverseEmulator Emulator { get; }

            public void Record(Login login) => _platform.Execute(login.ToRequest());

            public void RecordBatch(IEnumerable<Login> logins)
            {
                _platform.Execute(new OrganizationRequest("cr_RecordWifiAuthentications") { ["Events"] = "[" + string.Join(",", logins.Select(login => login.ToJson())) + "]" });
                Emulator.RunAsyncJobs();
            }
        }
    }
}
