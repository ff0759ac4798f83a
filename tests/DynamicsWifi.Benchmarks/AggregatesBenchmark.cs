using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator;
using DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>The visit aggregates' cost as a guest's sessions grow from 1 to 10,000 (DESIGN.md 8, goal: flat): service calls
    /// and time per new session, written as a plain Create of cr_wifivisit (the aggregates step alone) and through
    /// cr_RecordWifiAuthentication (the whole login); then the repair's cost per 1,000 sessions.</summary>
    internal sealed class AggregatesBenchmark
    {
        private const int NewSessions = 20;
        private static readonly int[] Sizes = { 1, 10, 100, 1_000, 10_000 };

        private readonly string _solution;

        public AggregatesBenchmark(string solution)
        {
            _solution = solution;
        }

        public IEnumerable<string> Run()
        {
            yield return "sessions held | step alone: calls, ms per new session | whole login (cr_RecordWifiAuthentication): calls, ms per new session";
            foreach (var size in Sizes)
            {
                var guest = new Guest(_solution, size);
                var step = guest.Measure(() => guest.CreateSessionDirectly());
                var login = guest.Measure(() => guest.RecordLogin());
                yield return Format("{0,13:N0} | {1,5:0.##} calls {2,7:0.00} ms | {3,5:0.##} calls {4,7:0.00} ms", size, step.Calls, step.Milliseconds, login.Calls, login.Milliseconds);
            }

            foreach (var size in new[] { 1_000, 10_000 })
            {
                var guest = new Guest(_solution, size);
                var repair = guest.Measure(() => guest.Repair(), times: 3);
                yield return Format("repair of one contact holding {0:N0} sessions: {1:0.##} calls, {2:0.00} ms; per 1,000 sessions {3:0.##} calls, {4:0.00} ms",
                    size, repair.Calls, repair.Milliseconds, repair.Calls * 1_000 / size, repair.Milliseconds * 1_000 / size);
            }

            var many = Guest.Many(_solution, contacts: 100, sessionsEach: 10);
            var page = many.Measure(() => many.RepairTouched(), times: 1);
            yield return Format("repair of 100 touched contacts x 10 sessions (1,000 sessions, one call): {0:0.##} calls, {1:0.00} ms", page.Calls, page.Milliseconds);
        }

        private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

        private readonly record struct Cost(double Calls, double Milliseconds);

        /// <summary>A guest holding some sessions, one visit each, two hours apart, written in bulk before measuring.</summary>
        private sealed class Guest
        {
            private readonly IOrganizationService _system;
            private readonly IOrganizationService _platform;
            private readonly Guid _contactId;
            private DateTime _next;
            private int _sequence;

            private Guest(string solution)
            {
                Emulator = DataverseEmulator.FromSolution(solution, typeof(RecordWifiAuthenticationApi).Assembly);
                _system = Emulator.CreateOrganizationService(null);
                _platform = Emulator.CreateOrganizationService(Emulator.CreateApplicationUser("WiFi platform", Guid.NewGuid(), "WiFi Integration"));
                _contactId = _system.Create(new Entity("contact") { ["lastname"] = "Guest", ["emailaddress1"] = "guest@example.com" });
            }

            public Guest(string solution, int sessions)
                : this(solution)
            {
                _next = DateTime.UtcNow.AddHours(-2 * (sessions + NewSessions * 2 + 2));
                AddInBulk(_contactId, sessions);
            }

            public DataverseEmulator Emulator { get; }

            public static Guest Many(string solution, int contacts, int sessionsEach)
            {
                var guest = new Guest(solution, 0);
                for (var i = 0; i < contacts; i++)
                {
                    guest.AddInBulk(guest._system.Create(new Entity("contact") { ["lastname"] = "Guest " + i }), sessionsEach);
                }

                return guest;
            }

            public Cost Measure(Action once, int times = NewSessions)
            {
                once();
                Emulator.Requests.Clear();
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < times; i++)
                {
                    once();
                }

                var elapsed = clock.Elapsed.TotalMilliseconds;
                var calls = Emulator.Requests.Records.SelectMany(record => record.Calls).Count(call => call.Depth > 1 && call.Message != "cr_WifiVisitRecorded");
                return new Cost((double)calls / times, elapsed / times);
            }

            public void CreateSessionDirectly() => _system.Create(Session(_contactId, Next()));

            public void RecordLogin() =>
                _platform.Execute(new OrganizationRequest("cr_RecordWifiAuthentication")
                {
                    ["SessionId"] = "login-" + (++_sequence).ToString(CultureInfo.InvariantCulture),
                    ["Venue"] = "Grand Hotel",
                    ["SessionStart"] = Next(),
                    ["Email"] = "guest@example.com",
                });

            public void Repair()
            {
                _system.Update(new Entity("contact", _contactId) { ["cr_wifi_total_dwell"] = 0 });
                _system.Execute(new OrganizationRequest("cr_RecalculateWifiAggregates") { ["ContactId"] = _contactId });
            }

            public void RepairTouched() =>
                _system.Execute(new OrganizationRequest("cr_RecalculateWifiAggregates") { ["TouchedSince"] = DateTime.UtcNow.AddDays(-1), ["PageSize"] = 1000 });

            private void AddInBulk(Guid contactId, int sessions)
            {
                for (var written = 0; written < sessions; written += 1_000)
                {
                    var rows = new EntityCollection { EntityName = "cr_wifivisit" };
                    rows.Entities.AddRange(Enumerable.Range(0, Math.Min(1_000, sessions - written)).Select(_ => Session(contactId, Next())));
                    _system.Execute(new CreateMultipleRequest { Targets = rows });
                }
            }

            private DateTime Next()
            {
                var start = _next;
                _next = _next.AddHours(2);
                return start;
            }

            private Entity Session(Guid contactId, DateTime start)
            {
                var id = ++_sequence;
                return new Entity("cr_wifivisit")
                {
                    ["cr_name"] = "Grand Hotel",
                    ["cr_sessionid"] = "bulk-" + id.ToString(CultureInfo.InvariantCulture),
                    ["cr_contactid"] = new EntityReference("contact", contactId),
                    ["cr_venue"] = "Grand Hotel",
                    ["cr_sessionstart"] = start,
                    ["cr_sessionend"] = start.AddMinutes(30),
                    ["cr_zone"] = id % 3 == 0 ? "spa" : "lobby",
                };
            }
        }
    }
}
