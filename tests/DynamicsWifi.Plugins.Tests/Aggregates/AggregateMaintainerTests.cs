using System;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Visits;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Aggregates
{
    [TestClass]
    public sealed class AggregateMaintainerTests
    {
        private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);
        private static readonly DateTime Day = new DateTime(2026, 3, 18, 9, 0, 0, DateTimeKind.Utc);
        private static readonly Guid Ann = new Guid("00000000-0000-0000-0000-0000000000a1");

        [TestMethod]
        public void ReturningGuestsNewSession_ReadsOnlyTheNeighbours()
        {
            var store = new InMemoryAggregateStore();
            var maintainer = new AggregateMaintainer(store);
            for (var i = 0; i < 200; i++)
            {
                store.Add(maintainer, Ann, Session(i * 180, 30, "spa"), Gap);
            }

            store.Reads.Clear();
            store.Add(maintainer, Ann, Session(200 * 180, 30, "spa"), Gap);

            CollectionAssert.AreEqual(new[] { "stored", "near" }, store.Reads);
        }

        [TestMethod]
        public void MovedValues_EqualTheValuesFromScratch()
        {
            var store = new InMemoryAggregateStore();
            var maintainer = new AggregateMaintainer(store);
            var random = new Random(7);
            for (var i = 0; i < 300; i++)
            {
                store.Add(maintainer, Ann, Session(random.Next(0, 20_000), random.Next(-1, 90), random.Next(3) == 0 ? null : "zone" + random.Next(3), "venue" + random.Next(2)), Gap);
            }

            Assert.AreEqual(WifiAggregates.Of(store.Sessions.Select(session => session.Span), Gap), store.Stored[Ann]);
        }

        [TestMethod]
        public void SessionOfThePreferredZone_NeedsNoTally()
        {
            var store = new InMemoryAggregateStore();
            var maintainer = new AggregateMaintainer(store);
            store.Add(maintainer, Ann, Session(0, 30, "spa"), Gap);
            store.Reads.Clear();

            store.Add(maintainer, Ann, Session(600, 30, "spa"), Gap);

            CollectionAssert.DoesNotContain(store.Reads, "zones");
        }

        [TestMethod]
        public void UnchangedValues_AreNotWritten()
        {
            var store = new InMemoryAggregateStore();
            var maintainer = new AggregateMaintainer(store);
            var open = Session(0, null, null);
            store.Add(maintainer, Ann, open, Gap);
            var writes = store.Writes;

            var renamed = new SessionSpan(open.Id, "grand hotel", open.Start, null);
            maintainer.Apply(new[] { new SessionChange(new ContactSession(Ann, open), new ContactSession(Ann, renamed)) }, Gap);

            Assert.AreEqual(writes, store.Writes);
        }

        private static SessionSpan Session(int startMinute, int? minutes, string? zone, string venue = "Grand Hotel") =>
            new SessionSpan(Guid.NewGuid(), venue, Day.AddMinutes(startMinute), minutes.HasValue && minutes.Value >= 0 ? Day.AddMinutes(startMinute + minutes.Value) : (DateTime?)null, zone);
    }
}
