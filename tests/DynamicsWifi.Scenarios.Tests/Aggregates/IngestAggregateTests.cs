using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Scenarios.Tests.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>The recording APIs write the aggregates themselves (the aggregates step skips their tagged session writes):
    /// they must equal a from-scratch recomputation (<see cref="AggregateOracle"/>) after single logins, batches, sessions
    /// completed later, and single logins of the same guests racing a batch's asynchronous recording.</summary>
    [TestClass]
    public sealed class IngestAggregateTests
    {
        private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);
        private static readonly DateTime Day = DateTime.UtcNow.Date.AddDays(-3);

        [TestMethod]
        public void SingleLoginsOpenedThenClosed_LeaveExactAggregates()
        {
            var wifi = WifiOrganization.Start();
            var random = new Random(11);
            var logins = Enumerable.Range(0, 60).Select(index => Shuffled(random, "ann@example.com", index)).ToList();

            foreach (var login in logins)
            {
                wifi.Record(login.Open);
            }

            foreach (var login in logins.OrderBy(_ => random.Next()))
            {
                wifi.Record(login.Closed);
            }

            AssertExact(wifi, expectedSessions: 60);
        }

        [TestMethod]
        public void ShuffledBatchesOfManyGuests_LeaveExactAggregates()
        {
            var wifi = WifiOrganization.Start();
            var random = new Random(12);
            var logins = Enumerable.Range(0, 300).Select(index => Shuffled(random, "guest" + (index % 30) + "@example.com", index)).OrderBy(_ => random.Next()).ToList();

            wifi.RecordBatchOf(Login.Batch(logins.Take(150).Select(login => login.Open)), "first");
            wifi.Emulator.RunAsyncJobs();
            wifi.RecordBatchOf(Login.Batch(logins.Skip(150).Select(login => login.Closed).Concat(logins.Take(150).Select(login => login.Closed))), "second");
            wifi.Emulator.RunAsyncJobs();

            AssertExact(wifi, expectedSessions: 300);
        }

        [TestMethod]
        public void SingleLoginsRacingABatchOfTheSameGuests_LoseNoUpdate()
        {
            for (var round = 0; round < 5; round++)
            {
                var wifi = WifiOrganization.Start();
                var random = new Random(100 + round);
                var guests = Enumerable.Range(0, 10).Select(index => "guest" + index + "@example.com").ToList();
                foreach (var guest in guests)
                {
                    wifi.Record(Shuffled(random, guest, 1000).Closed);
                }

                wifi.RecordBatchOf(Login.Batch(Enumerable.Range(0, 200).Select(index => Shuffled(random, guests[index % guests.Count], index).Closed)), "race-" + round);
                var singles = Enumerable.Range(0, 40).Select(index => Shuffled(random, guests[index % guests.Count], 500 + index).Closed).ToList();

                using (var start = new Barrier(3))
                {
                    var batch = Task.Run(() => { start.SignalAndWait(); wifi.Emulator.RunAsyncJobs(); });
                    var logins = Enumerable.Range(0, 2).Select(worker => Task.Run(() =>
                    {
                        start.SignalAndWait();
                        foreach (var login in singles.Where((_, index) => index % 2 == worker))
                        {
                            wifi.Record(login);
                        }
                    }));
                    Task.WaitAll(logins.Append(batch).ToArray());
                }

                AssertExact(wifi, expectedSessions: 10 + 200 + 40);
            }
        }

        private static ShuffledLogin Shuffled(Random random, string email, int index)
        {
            var start = Day.AddMinutes(random.Next(0, 3 * 24 * 60));
            var venue = random.Next(3) == 0 ? "Spa" : "Grand Hotel";
            var zone = random.Next(4) switch { 0 => "spa", 1 => "lobby", 2 => "pool", _ => null };
            var end = start.AddMinutes(random.Next(0, 120));
            Login Of() => Login.Of(email, "s-" + email + "-" + index).With("Venue", venue).With("Zone", zone);
            return new ShuffledLogin(Of().At(start), Of().At(start, end));
        }

        private static void AssertExact(WifiOrganization wifi, int expectedSessions)
        {
            var sessions = wifi.Visits();
            Assert.HasCount(expectedSessions, sessions);
            foreach (var contact in wifi.Contacts())
            {
                var expected = AggregateOracle.Of(sessions.Where(row => row.GetAttributeValue<EntityReference>("cr_contactid")?.Id == contact.Id), Gap);
                Assert.AreEqual(expected, StoredAggregates.Read(wifi.System, contact.Id), "contact " + contact.Id);
            }
        }

        private sealed record ShuffledLogin(Login Open, Login Closed);
    }
}
