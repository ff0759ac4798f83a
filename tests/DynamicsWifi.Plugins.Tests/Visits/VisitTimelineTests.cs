using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Visits
{
    [TestClass]
    public sealed class VisitTimelineTests
    {
        private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);
        private static readonly DateTime Noon = new DateTime(2026, 3, 18, 12, 0, 0, DateTimeKind.Utc);

        [TestMethod]
        public void ReconnectWithinTheGap_JoinsTheVisit()
        {
            var timeline = VisitTimeline.Of(new[] { Session("Spa", 0, 60), Session("Spa", 90, 120) }, Gap);

            Assert.AreEqual(1, timeline.Count);
        }

        [TestMethod]
        public void SessionAfterTheGap_StartsANewVisit()
        {
            var timeline = VisitTimeline.Of(new[] { Session("Spa", 0, 60), Session("Spa", 91, 120) }, Gap);

            Assert.AreEqual(2, timeline.Count);
        }

        [TestMethod]
        public void GapCountsFromTheLatestEndSeen_NotTheLastSessionsEnd()
        {
            // A long session keeps the visit open although the short one in between ended early.
            var timeline = VisitTimeline.Of(new[] { Session("Spa", 0, 240), Session("Spa", 10, 20), Session("Spa", 260, 270) }, Gap);

            Assert.AreEqual(1, timeline.Count);
        }

        [TestMethod]
        public void OpenSession_CountsAsEndingAtItsStart()
        {
            var timeline = VisitTimeline.Of(new[] { Session("Spa", 0, null), Session("Spa", 31, null) }, Gap);

            Assert.AreEqual(2, timeline.Count);
        }

        [TestMethod]
        public void SameTimesAtTwoVenues_AreTwoVisits()
        {
            var timeline = VisitTimeline.Of(new[] { Session("Spa", 0, 60), Session("Lobby", 10, 20) }, Gap);

            Assert.AreEqual(2, timeline.Count);
        }

        [TestMethod]
        public void HasVisitBefore_LooksAtEveryVenue()
        {
            var lobby = Session("Lobby", 0, 10);
            var spa = Session("Spa", 100, 110);
            var timeline = VisitTimeline.Of(new[] { spa, lobby }, Gap);

            Assert.IsTrue(timeline.HasVisitBefore(timeline.VisitOf(spa.Id)!));
            Assert.IsFalse(timeline.HasVisitBefore(timeline.VisitOf(lobby.Id)!));
        }

        [TestMethod]
        public void BridgingSession_MergesTwoVisits()
        {
            var sessions = new List<SessionSpan> { Session("Spa", 0, 10), Session("Spa", 60, 70) };
            Assert.AreEqual(2, VisitTimeline.Of(sessions, Gap).Count);

            sessions.Add(Session("Spa", 35, 40));

            Assert.AreEqual(1, VisitTimeline.Of(sessions, Gap).Count);
        }

        [TestMethod]
        public void AnyArrivalOrder_GivesTheSameVisits()
        {
            var random = new Random(42);
            var sessions = Enumerable.Range(0, 200)
                .Select(_ => Session(random.Next(3) == 0 ? "Lobby" : "Spa", random.Next(0, 5000), random.Next(3) == 0 ? (int?)null : random.Next(0, 90)))
                .ToList();
            var expected = Describe(VisitTimeline.Of(sessions, Gap));

            for (var round = 0; round < 20; round++)
            {
                var shuffled = sessions.OrderBy(_ => random.Next()).ToList();

                Assert.AreEqual(expected, Describe(VisitTimeline.Of(shuffled, Gap)));
            }
        }

        private static string Describe(VisitTimeline timeline) =>
            string.Join(";", timeline.Visits.Select(visit => visit.Venue + "@" + visit.Start.Ticks + "x" + visit.Sessions.Count));

        // The end is minutes after the start, for an open session null.
        private static SessionSpan Session(string venue, int startMinute, int? minutesLong)
        {
            var start = Noon.AddMinutes(startMinute);
            return new SessionSpan(Guid.NewGuid(), venue, start, minutesLong.HasValue ? start.AddMinutes(minutesLong.Value) : (DateTime?)null);
        }
    }
}
