using System;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Visits;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Aggregates
{
    [TestClass]
    public sealed class WifiAggregatesTests
    {
        private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);
        private static readonly DateTime Day = new DateTime(2026, 3, 18, 9, 0, 0, DateTimeKind.Utc);

        [TestMethod]
        public void NoSession_HasNoAggregates()
        {
            Assert.AreEqual(WifiAggregates.None, WifiAggregates.Of(Array.Empty<SessionSpan>(), Gap));
        }

        [TestMethod]
        public void TwoDevicesAndAReconnect_AreOneVisitCountingCoveredTimeOnce()
        {
            var aggregates = WifiAggregates.Of(new[] { Session(0, 60, "spa"), Session(30, 60, "pool"), Session(100, 10, "pool") }, Gap);

            Assert.AreEqual(1, aggregates.VisitCount);
            Assert.AreEqual(3, aggregates.SessionCount);
            Assert.AreEqual(100, aggregates.TotalDwell);
            Assert.AreEqual("pool", aggregates.ZonePreference);
        }

        [TestMethod]
        public void AverageDwell_IsRoundedToTwoDecimals()
        {
            var aggregates = WifiAggregates.Of(new[] { Session(0, 10, null), Session(100, 10, null), Session(200, 11, null) }, Gap);

            Assert.AreEqual(10.33m, aggregates.AverageDwell);
        }

        [TestMethod]
        public void LastVisit_IsTheStartOfTheLatestVisitNotOfTheLatestSession()
        {
            var aggregates = WifiAggregates.Of(new[] { Session(0, 10, null), Session(30, 10, null) }, Gap);

            Assert.AreEqual(Day, aggregates.LastVisit);
        }

        [TestMethod]
        public void ZoneTie_GoesToTheZoneSeenLast()
        {
            var aggregates = WifiAggregates.Of(new[] { Session(0, 10, "pool"), Session(100, 10, "spa") }, Gap);

            Assert.AreEqual("spa", aggregates.ZonePreference);
        }

        private static SessionSpan Session(int startMinute, int minutes, string? zone) =>
            new SessionSpan(Guid.NewGuid(), "Grand Hotel", Day.AddMinutes(startMinute), Day.AddMinutes(startMinute + minutes), zone);
    }
}
