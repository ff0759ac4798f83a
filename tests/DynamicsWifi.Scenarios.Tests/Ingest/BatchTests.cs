using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>cr_RecordWifiAuthentications and the asynchronous step that records an accepted batch.</summary>
    [TestClass]
    public sealed class BatchTests
    {
        private const int Completed = 582140002;

        [TestMethod]
        public void FiveHundredWithThreeInvalid_RejectsThreeAtOnceAndRecordsTheRest()
        {
            var wifi = WifiOrganization.Start();
            var logins = Enumerable.Range(0, 500).Select(index => Login.Of("guest" + index + "@example.com", "s-" + index)).ToList();
            logins[10].With("Email", "not-an-email");
            logins[200].With("Gender", "Q");
            logins[499].With("Venue", null);

            var response = wifi.RecordBatchOf(Login.Batch(logins), "nightly-1");
            Assert.AreEqual(0, wifi.Visits().Count, "recorded later, asynchronously");
            wifi.Emulator.RunAsyncJobs();

            Assert.AreEqual(497, response["Accepted"]);
            var rejected = (string)response["Rejected"];
            StringAssert.Contains(rejected, "{\"Index\":10,\"Code\":\"WIFI_INVALID_EMAIL\",\"Field\":\"Email\"");
            StringAssert.Contains(rejected, "{\"Index\":200,\"Code\":\"WIFI_INVALID_GENDER\"");
            StringAssert.Contains(rejected, "{\"Index\":499,\"Code\":\"WIFI_MISSING_FIELD\",\"Field\":\"Venue\"");
            Assert.AreEqual(497, wifi.Visits().Count);
            Assert.AreEqual(497, wifi.Contacts().Count);
            var batch = Batch(wifi, response);
            Assert.AreEqual(Completed, batch.GetAttributeValue<OptionSetValue>("cr_status").Value);
            Assert.AreEqual(497, batch["cr_recordedcount"]);
            Assert.IsFalse(batch.Contains("cr_events"), "the stored events are cleared once recorded");
            StringAssert.StartsWith((string)batch["cr_results"], "[{\"Index\":0,\"Outcome\":\"recorded\"");
        }

        [TestMethod]
        public void SameBatchIdTwice_AnswersTheFirstAnswerAndWritesNothing()
        {
            var wifi = WifiOrganization.Start();
            var events = Login.Batch(new[] { Login.Of("ann@example.com"), Login.Of("bad") });
            var first = wifi.RecordBatchOf(events, "batch-7");
            wifi.Emulator.RunAsyncJobs();

            var second = wifi.RecordBatchOf(Login.Batch(new[] { Login.Of("bob@example.com") }), "batch-7");
            var jobs = wifi.Emulator.RunAsyncJobs();

            Assert.AreEqual(0, jobs);
            Assert.AreEqual(first["IngestBatchId"], second["IngestBatchId"]);
            Assert.AreEqual(first["Accepted"], second["Accepted"]);
            Assert.AreEqual(first["Rejected"], second["Rejected"]);
            Assert.AreEqual("batch-7", second["BatchId"]);
            Assert.AreEqual(1, wifi.All("cr_wifiingestbatch").Count);
            Assert.AreEqual(1, wifi.Contacts().Count);
        }

        [TestMethod]
        public void BatchWithoutId_IsGivenOne()
        {
            var wifi = WifiOrganization.Start();

            var response = wifi.RecordBatchOf(Login.Batch(new[] { Login.Of("ann@example.com") }));

            StringAssert.StartsWith((string)response["BatchId"], "auto-");
        }

        [TestMethod]
        public void OneGuestFiftyTimes_IsOneContactWithFiftySessions()
        {
            var wifi = WifiOrganization.Start();
            var start = DateTime.UtcNow.AddHours(-10);
            var logins = Enumerable.Range(0, 50).Select(index => Login.Of(index % 2 == 0 ? "ann@example.com" : "ANN@example.com", "s-" + index).At(start.AddMinutes(index * 10)));

            var response = wifi.RecordBatchOf(Login.Batch(logins));
            wifi.Emulator.RunAsyncJobs();

            Assert.AreEqual(1, wifi.Contacts().Count);
            Assert.AreEqual(50, wifi.Visits().Count);
            var results = (string)Batch(wifi, response)["cr_results"];
            Assert.AreEqual(1, Count(results, "\"ContactCreated\":true"));
            Assert.AreEqual(50, Count(results, "\"VisitCount\":1"), "sessions ten minutes apart are one visit");
        }

        [TestMethod]
        public void DuplicatesInsideABatch_EndAsIfSentOneByOne()
        {
            var wifi = WifiOrganization.Start();
            var start = DateTime.UtcNow.AddMinutes(-30);
            var logins = new[]
            {
                Login.Of("ann@example.com", "s-1").At(start),
                Login.Of("ann@example.com", "s-1").At(start),
                Login.Of("ann@example.com", "s-1").At(start, start.AddMinutes(20)),
                Login.ByPhone("+447700900123", "s-2").At(start.AddMinutes(25)),
                Login.Of("ann@example.com", "s-3").At(start.AddMinutes(26)).With("Mobile", "+447700900123"),
            };

            var response = wifi.RecordBatchOf(Login.Batch(logins));
            wifi.Emulator.RunAsyncJobs();

            var results = (string)Batch(wifi, response)["cr_results"];
            StringAssert.Contains(results, "{\"Index\":0,\"Outcome\":\"recorded\"");
            StringAssert.Contains(results, "{\"Index\":1,\"Outcome\":\"unchanged\"");
            StringAssert.Contains(results, "{\"Index\":2,\"Outcome\":\"updated\"");
            Assert.AreEqual(20, wifi.Visits().Single(visit => (string)visit["cr_sessionid"] == "s-1")["cr_dwell_minutes"]);
            Assert.AreEqual(2, wifi.Contacts().Count, "the phone-only login is another identity until a login joins them");
        }

        [TestMethod]
        public void ReplayedBatch_ChangesNothing()
        {
            var wifi = WifiOrganization.Start();
            var logins = Enumerable.Range(0, 20).Select(index => Login.Of("guest" + index + "@example.com", "s-" + index)).ToList();
            wifi.RecordBatchOf(Login.Batch(logins), "first");
            wifi.Emulator.RunAsyncJobs();
            var events = wifi.BusinessEvents();

            var replay = wifi.RecordBatchOf(Login.Batch(logins), "replay");
            wifi.Emulator.RunAsyncJobs();

            Assert.AreEqual(20, Count((string)Batch(wifi, replay)["cr_results"], "\"Outcome\":\"unchanged\""));
            Assert.AreEqual(20, wifi.Visits().Count);
            Assert.AreEqual(20, wifi.Contacts().Count);
            Assert.AreEqual(events, wifi.BusinessEvents());
        }

        [TestMethod]
        public void FreshNewVisitsInABatch_RaiseTheirEventsAndStaleOnesDoNot()
        {
            var wifi = WifiOrganization.Start();
            var logins = new[] { Login.Of("ann@example.com").StartedMinutesAgo(3), Login.Of("bob@example.com").StartedMinutesAgo(60 * 20) };

            wifi.RecordBatchOf(Login.Batch(logins));
            wifi.Emulator.RunAsyncJobs();

            Assert.AreEqual(1, wifi.BusinessEvents());
        }

        [TestMethod]
        public void TwoBatchesRacingOnTheSameNewGuests_EndWithOneContactEach()
        {
            for (var round = 0; round < 5; round++)
            {
                var wifi = WifiOrganization.Start();
                var guests = Enumerable.Range(0, 40).Select(index => "guest" + index + "@example.com").ToList();
                wifi.RecordBatchOf(Login.Batch(guests.Select(email => Login.Of(email, "a-" + email))), "a");
                wifi.RecordBatchOf(Login.Batch(guests.Select(email => Login.Of(email, "b-" + email))), "b");

                using (var start = new Barrier(2))
                {
                    Task.WaitAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => { start.SignalAndWait(); wifi.Emulator.RunAsyncJobs(); })).ToArray());
                }

                Assert.AreEqual(40, wifi.Contacts().Count);
                Assert.AreEqual(80, wifi.Visits().Count);
                Assert.IsTrue(wifi.All("cr_wifiingestbatch").All(batch => batch.GetAttributeValue<OptionSetValue>("cr_status").Value == Completed));
            }
        }

        private static Entity Batch(WifiOrganization wifi, OrganizationResponse response) =>
            wifi.System.Retrieve("cr_wifiingestbatch", (Guid)response["IngestBatchId"], new ColumnSet(true));

        private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
    }
}
