using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>The aggregates equal a from-scratch recomputation (<see cref="AggregateOracle"/>) after 5,000 creates, updates,
    /// moves and deletes of sessions across 50 contacts and 3 venues, arriving in shuffled order from four workers at once,
    /// all through the emulator running the solution as registered. The seed is fixed: a failure names the contact and values.</summary>
    [TestClass]
    public sealed class AggregatePropertyTests
    {
        private const int Contacts = 50;
        private const int Workers = 4;
        private static readonly string[] Venues = { "Grand Hotel", "Spa Resort", "City Bar" };
        private static readonly string?[] Zones = { "lobby", "spa", "pool", null };
        private static readonly string Seed = new PCG(11, 20261205).ToString();

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void ShuffledParallelWrites_LeaveExactAggregates()
        {
            Check.Sample(Scripts(), Run, seed: Seed, iter: 1, threads: 1, print: scripts => scripts.Length + " sessions");
        }

        private void Run(SessionScript[] scripts)
        {
            var org = new Sessions();
            var contacts = Enumerable.Range(0, Contacts).Select(index => org.NewContact("Guest " + index)).ToArray();
            var operations = scripts.Sum(script => script.Operations.Count);
            Assert.AreEqual(5000, operations);

            var retries = 0;
            var threads = Enumerable.Range(0, Workers).Select(worker => new Thread(() =>
            {
                var service = org.Emulator.CreateOrganizationService(null);
                var mine = scripts.Where((_, index) => index % Workers == worker).ToList();
                for (var step = 0; mine.Any(script => step < script.Operations.Count); step++)
                {
                    foreach (var script in mine.Where(script => step < script.Operations.Count))
                    {
                        Interlocked.Add(ref retries, Send(service, script.Operations[step].ToRequest(script.Id, contacts)));
                    }
                }
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            var gap = TimeSpan.FromMinutes(30);
            var rows = org.Service.RetrieveMultiple(new QueryExpression("cr_wifivisit") { ColumnSet = new ColumnSet(true) }).Entities;
            var wrong = contacts
                .Select(contact => (Contact: contact, Expected: AggregateOracle.Of(rows.Where(row => row.GetAttributeValue<EntityReference>("cr_contactid")?.Id == contact), gap), Stored: org.Of(contact)))
                .Where(check => check.Expected != check.Stored)
                .Select(check => check.Contact + ": expected " + check.Expected + ", stored " + check.Stored)
                .ToList();
            TestContext.WriteLine("{0} operations, {1} sessions left, {2} deadlock retries.", operations, rows.Count, retries);
            Assert.AreEqual(0, wrong.Count, string.Join(Environment.NewLine, wrong));
            Assert.AreEqual(scripts.Count(script => !script.EndsDeleted), rows.Count);
        }

        // A transaction chosen as deadlock victim did nothing: the worker sends it again, as a client would.
        private static int Send(IOrganizationService service, OrganizationRequest request)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    service.Execute(request);
                    return attempt;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (attempt < 5 && fault.Detail.ErrorCode == unchecked((int)0x80044150))
                {
                }
            }
        }

        // 2,000 sessions: the first 1,000 with two later writes, the rest with one: 5,000 writes. Starts spread over 30 days
        // (eight busy hours a day), so sessions of one guest reconnect, overlap, bridge and split visits.
        private static Gen<SessionScript[]> Scripts()
        {
            var created = Gen.Select(Gen.Int[0, Contacts - 1], Gen.Int[0, Venues.Length - 1], Gen.Int[0, 29], Gen.Int[0, 480], Gen.Int[-1, 180], Gen.Int[0, Zones.Length - 1])
                .Select((contact, venue, day, minute, minutes, zone) => Operation.Create(contact, venue, day * 1440 + minute, minutes < 0 ? (int?)null : minutes, zone));
            var later = Gen.Select(Gen.Int[0, 5], Gen.Int[0, Contacts - 1], Gen.Int[-90, 90], Gen.Int[0, 180], Gen.Int[0, 3])
                .Select((kind, contact, shift, minutes, choice) => Operation.Later(kind, contact, shift, minutes, choice));
            var withTwo = Gen.Select(created, later, later).Select((create, first, second) => SessionScript.Of(create, first, second));
            var withOne = Gen.Select(created, later).Select((create, first) => SessionScript.Of(create, first));
            return Gen.Select(withTwo.Array[1000], withOne.Array[1000]).Select((two, one) => two.Concat(one).ToArray()).SelectMany(all => Gen.Shuffle(all));
        }

        /// <summary>One session's writes, in the order they must happen.</summary>
        private sealed class SessionScript
        {
            private SessionScript(IReadOnlyList<Operation> operations)
            {
                Operations = operations;
            }

            public Guid Id { get; } = Guid.NewGuid();

            public IReadOnlyList<Operation> Operations { get; }

            public bool EndsDeleted => Operations[Operations.Count - 1].Kind == OperationKind.Delete;

            // A delete can only be the last write of a session (earlier it becomes a change of end); each later write
            // carries the session's start as it will be then, so ends and shifts are relative to it.
            public static SessionScript Of(Operation create, params Operation[] later)
            {
                var operations = new List<Operation> { create };
                var start = create.Start;
                for (var index = 0; index < later.Length; index++)
                {
                    var operation = index < later.Length - 1 && later[index].Kind == OperationKind.Delete ? later[index].AsEndChange() : later[index];
                    start += operation.Kind == OperationKind.ShiftStart ? operation.Shift : 0;
                    operations.Add(operation with { Start = start });
                }

                return new SessionScript(operations);
            }
        }

        private enum OperationKind
        {
            Create,
            ChangeEnd,
            ShiftStart,
            ChangeZone,
            ChangeVenue,
            Move,
            Delete,
        }

        /// <summary>One write of a session, with what it needs; times in minutes after <see cref="Sessions.Day"/>.</summary>
        private sealed record Operation(OperationKind Kind, int Contact, int Venue, int Start, int? Minutes, int Zone, int Shift)
        {
            public static Operation Create(int contact, int venue, int start, int? minutes, int zone) => new(OperationKind.Create, contact, venue, start, minutes, zone, 0);

            public static Operation Later(int kind, int contact, int shift, int minutes, int choice) =>
                new((OperationKind)(kind + 1), contact, choice % Venues.Length, 0, choice == 3 ? (int?)null : minutes, choice, shift);

            public Operation AsEndChange() => this with { Kind = OperationKind.ChangeEnd };

            public OrganizationRequest ToRequest(Guid sessionId, Guid[] contacts)
            {
                switch (Kind)
                {
                    case OperationKind.Create:
                        return new OrganizationRequest("Create") { ["Target"] = Sessions.Row(sessionId, contacts[Contact], Venues[Venue], Start, Minutes, Zones[Zone]) };
                    case OperationKind.Delete:
                        return new OrganizationRequest("Delete") { ["Target"] = new EntityReference("cr_wifivisit", sessionId) };
                    default:
                        return new OrganizationRequest("Update") { ["Target"] = Change(sessionId, contacts) };
                }
            }

            private Entity Change(Guid sessionId, Guid[] contacts)
            {
                var change = new Entity("cr_wifivisit", sessionId);
                switch (Kind)
                {
                    case OperationKind.ChangeEnd:
                        change["cr_sessionend"] = Minutes.HasValue ? Sessions.Day.AddMinutes(Start + Minutes.Value) : (DateTime?)null;
                        break;
                    case OperationKind.ShiftStart:
                        change["cr_sessionstart"] = Sessions.Day.AddMinutes(Start);
                        break;
                    case OperationKind.ChangeZone:
                        change["cr_zone"] = Zones[Zone];
                        break;
                    case OperationKind.ChangeVenue:
                        change["cr_venue"] = Venues[Venue];
                        break;
                    case OperationKind.Move:
                        change["cr_contactid"] = new EntityReference("contact", contacts[Contact]);
                        break;
                }

                return change;
            }
        }
    }
}
