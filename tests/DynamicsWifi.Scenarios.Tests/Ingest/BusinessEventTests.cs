using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>cr_WifiVisitRecorded is raised once per new visit, and only for a fresh session (DESIGN.md 4).</summary>
    [TestClass]
    public sealed class BusinessEventTests
    {
        [TestMethod]
        public void FreshNewVisit_RaisesExactlyOneEvent()
        {
            var wifi = WifiOrganization.Start();

            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(2));

            Assert.AreEqual(1, wifi.BusinessEvents());
        }

        [TestMethod]
        public void ReconnectWithinTheVisit_RaisesNone()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(10));

            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(1));
            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(0));

            Assert.AreEqual(1, wifi.BusinessEvents());
        }

        [TestMethod]
        public void StaleSession_RaisesNone()
        {
            var wifi = WifiOrganization.Start();

            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(60 * 24));

            Assert.AreEqual(0, wifi.BusinessEvents());
            Assert.AreEqual(1, wifi.Visits().Count);
        }

        [TestMethod]
        public void SecondVenueAtTheSameTime_IsAnotherVisitWithItsEvent()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(3));

            var response = wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(2).With("Venue", "Harbour Cafe"));

            Assert.AreEqual(2, wifi.BusinessEvents());
            Assert.AreEqual(2, response["VisitCount"]);
        }

        [TestMethod]
        public void ReplayedSession_RaisesNothingMore()
        {
            var wifi = WifiOrganization.Start();
            var login = Login.Of("ann@example.com").StartedMinutesAgo(2);
            wifi.Record(login);

            wifi.Record(login);

            Assert.AreEqual(1, wifi.BusinessEvents());
        }

        [TestMethod]
        public void FreshnessWindow_IsTheEnvironmentVariable()
        {
            var wifi = WifiOrganization.Start();
            wifi.Emulator.SetEnvironmentVariable("cr_WifiFreshnessMinutes", "60");

            wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(45));

            Assert.AreEqual(1, wifi.BusinessEvents());
        }

        [TestMethod]
        public void VisitGap_IsTheEnvironmentVariable()
        {
            var wifi = WifiOrganization.Start();
            wifi.Emulator.SetEnvironmentVariable("cr_WifiVisitGapMinutes", "5");
            var start = DateTime.UtcNow.AddMinutes(-14);
            wifi.Record(Login.Of("ann@example.com").At(start, start.AddMinutes(2)));

            var response = wifi.Record(Login.Of("ann@example.com").StartedMinutesAgo(2));

            Assert.AreEqual(2, response["VisitCount"]);
            Assert.AreEqual(true, response["ReturningGuest"]);
            Assert.AreEqual(2, wifi.BusinessEvents());
        }
    }
}
