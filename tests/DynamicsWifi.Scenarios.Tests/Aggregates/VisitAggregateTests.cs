using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>The aggregates on contact after sessions are written any way at all, not only through the WiFi APIs (DESIGN.md 2
    /// and 4.1; the default visit gap of 30 minutes).</summary>
    [TestClass]
    public sealed class VisitAggregateTests
    {
        [TestMethod]
        public void FirstSession_SetsEveryAggregate()
        {
            var org = new Sessions();
            var ann = org.NewContact();

            org.Add(ann, "Grand Hotel", 0, 45, "spa");

            Assert.AreEqual(new StoredAggregates(1, 1, 45, 45m, Sessions.Day, Sessions.Day, "spa"), org.Of(ann));
        }

        [TestMethod]
        public void ReconnectWithinTheGap_IsTheSameVisit()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 20);

            org.Add(ann, "Grand Hotel", 50, 10);

            Assert.AreEqual(new StoredAggregates(1, 2, 30, 30m, Sessions.Day, Sessions.Day, null), org.Of(ann));
        }

        [TestMethod]
        public void TwoDevicesAtOnce_CountTheirTimeOnce()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 60);

            org.Add(ann, "Grand Hotel", 30, 60);

            Assert.AreEqual(90, org.Of(ann).TotalDwell);
        }

        [TestMethod]
        public void OpenSession_AddsNoDwell()
        {
            var org = new Sessions();
            var ann = org.NewContact();

            org.Add(ann, "Grand Hotel", 0, null);

            Assert.AreEqual(new StoredAggregates(1, 1, 0, 0m, Sessions.Day, Sessions.Day, null), org.Of(ann));
        }

        [TestMethod]
        public void LateSessionBetweenTwoVisits_JoinsThemIntoOne()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10);
            org.Add(ann, "Grand Hotel", 100, 10);

            org.Add(ann, "Grand Hotel", 35, 40);

            Assert.AreEqual(new StoredAggregates(1, 3, 60, 60m, Sessions.Day, Sessions.Day, null), org.Of(ann));
        }

        [TestMethod]
        public void DeletingTheBridgingSession_SplitsTheVisitAgain()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10);
            org.Add(ann, "Grand Hotel", 100, 10);
            var bridge = org.Add(ann, "Grand Hotel", 35, 40);

            org.Delete(bridge);

            Assert.AreEqual(new StoredAggregates(2, 2, 20, 10m, Sessions.Day, Sessions.Day.AddMinutes(100), null), org.Of(ann));
        }

        [TestMethod]
        public void DeletingTheLatestVisit_FallsBackToTheVisitBefore()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10);
            org.Add(ann, "Spa Resort", 600, 10);
            var latest = org.Add(ann, "Grand Hotel", 1440, 10);

            org.Delete(latest);

            Assert.AreEqual(Sessions.Day.AddMinutes(600), org.Of(ann).LastVisit);
        }

        [TestMethod]
        public void DeletingTheFirstVisit_MovesTheFirstVisitOn()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            var first = org.Add(ann, "Grand Hotel", 0, 10);
            org.Add(ann, "Spa Resort", 600, 10);

            org.Delete(first);

            Assert.AreEqual(Sessions.Day.AddMinutes(600), org.Of(ann).FirstVisit);
        }

        [TestMethod]
        public void ExtendingASession_AddsItsDwell()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            var session = org.Add(ann, "Grand Hotel", 0, null);

            org.Update(session, "cr_sessionend", Sessions.Day.AddMinutes(75));

            Assert.AreEqual(75, org.Of(ann).TotalDwell);
        }

        [TestMethod]
        public void MovedSession_RecomputesBothContacts()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            var bob = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10, "spa");
            var session = org.Add(ann, "Grand Hotel", 600, 20, "pool");

            org.Update(session, "cr_contactid", new Microsoft.Xrm.Sdk.EntityReference("contact", bob));

            Assert.AreEqual(new StoredAggregates(1, 1, 10, 10m, Sessions.Day, Sessions.Day, "spa"), org.Of(ann));
            Assert.AreEqual(new StoredAggregates(1, 1, 20, 20m, Sessions.Day.AddMinutes(600), Sessions.Day.AddMinutes(600), "pool"), org.Of(bob));
        }

        [TestMethod]
        public void LastSessionDeleted_ClearsTheAggregates()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            var session = org.Add(ann, "Grand Hotel", 0, 10, "spa");

            org.Delete(session);

            Assert.AreEqual(StoredAggregates.None, org.Of(ann));
        }

        [TestMethod]
        public void ZoneTie_GoesToTheMostRecent()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10, "spa");
            org.Add(ann, "Grand Hotel", 600, 10, "pool");
            var spa = org.Add(ann, "Grand Hotel", 1200, 10, "spa");
            org.Add(ann, "Grand Hotel", 1800, 10, "pool");

            Assert.AreEqual("pool", org.Of(ann).Zone);
            org.Delete(spa);
            Assert.AreEqual("pool", org.Of(ann).Zone);
        }

        [TestMethod]
        public void ContactDeleted_TakesItsSessionsWithoutMaintainingItsAggregates()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            var bob = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10);
            org.Add(ann, "Grand Hotel", 600, 10);
            org.Add(bob, "Grand Hotel", 0, 10);
            org.Emulator.Requests.Clear();

            org.Service.Delete("contact", ann);

            Assert.AreEqual(1, org.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("cr_wifivisit")).Entities.Count);
            Assert.AreEqual(0, org.Emulator.Requests.Records.SelectMany(record => record.Calls).Count(call => call.Message == "Update" && call.Table == "contact"));
            Assert.AreEqual(1, org.Of(bob).Sessions);
        }

        [TestMethod]
        public void VisitGapSetting_IsHonoured()
        {
            var org = new Sessions();
            org.Emulator.SetEnvironmentVariable("cr_WifiVisitGapMinutes", "60");
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 10);

            org.Add(ann, "Grand Hotel", 55, 10);

            Assert.AreEqual(1, org.Of(ann).Visits);
        }
    }
}
