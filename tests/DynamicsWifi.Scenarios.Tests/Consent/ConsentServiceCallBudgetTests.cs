using System;
using System.Linq;
using DynamicsWifi.Scenarios.Tests.Ingest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>The service calls consent costs (CustomApis/README.md, "What each call costs"), from the emulator's log of
    /// the calls our plug-ins make (asynchronous steps included). A change that costs more fails here.</summary>
    [TestClass]
    public sealed class ConsentServiceCallBudgetTests
    {
        [TestMethod]
        public void UpdateConsent_CostsFourCalls()
        {
            var org = ConsentOrganization.Start();
            org.Guest("ann.budget@example.com", "guest-budget");
            org.Wifi.Emulator.Requests.Clear();

            org.Report("evt-budget", "guest-budget", granted: false, DateTime.UtcNow);
            org.RunAsyncJobs();

            AssertCalls(org, 4, "the event id, the contact, the ledger row, the contact's consent; nothing asynchronous");
        }

        [TestMethod]
        public void IgnoredOrRepeatedStatement_CostsThreeOrOneCall()
        {
            var org = ConsentOrganization.Start();
            org.Guest("ann.budget2@example.com", "guest-budget2");
            org.Report("evt-new", "guest-budget2", granted: false, DateTime.UtcNow);
            org.RunAsyncJobs();
            org.Wifi.Emulator.Requests.Clear();

            org.Report("evt-old", "guest-budget2", granted: true, DateTime.UtcNow.AddHours(-1));
            org.RunAsyncJobs();
            AssertCalls(org, 3, "ignored");
            org.Wifi.Emulator.Requests.Clear();

            org.Report("evt-old", "guest-budget2", granted: true, DateTime.UtcNow.AddHours(-1));
            AssertCalls(org, 1, "repeated");
        }

        [TestMethod]
        public void UnsubscribeAndItsDelivery_CostFiveCalls()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.budget3@example.com", "guest-budget3");
            org.Wifi.Emulator.Requests.Clear();

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            Assert.HasCount(1, org.Inbox.Accepted);
            AssertCalls(org, 5, "the ledger row in the save; then the row, the URL, the secret and the attempt's outcome");
        }

        [TestMethod]
        public void NewGuestRevokingAtTheirFirstLogin_CostsOneCallMore()
        {
            var org = ConsentOrganization.Start();

            org.Wifi.Record(Login.Of("ann.budget4@example.com").With("CanReceiveEmail", false));
            org.RunAsyncJobs();

            AssertCalls(org, 9, "the eight of a new guest and the ledger row");
        }

        [TestMethod]
        public void ReturningGuestRevoking_CostsOneCallMore()
        {
            var org = ConsentOrganization.Start();
            org.Wifi.Record(Login.Of("ann.budget5@example.com"));
            org.Wifi.Emulator.Requests.Clear();

            org.Wifi.Record(Login.Of("ann.budget5@example.com").With("CanReceiveEmail", false));
            org.RunAsyncJobs();

            AssertCalls(org, 7, "the six of a returning guest (its contact write carries the consent) and the ledger row");
        }

        [TestMethod]
        public void BatchOf500NewGuests_CostsTheSameWhateverTheRevocations()
        {
            var org = ConsentOrganization.Start();
            var start = DateTime.UtcNow.AddHours(-5);
            var logins = Enumerable.Range(0, 500).Select(index =>
                Login.Of("batch" + index + "@example.com").At(start).With("CanReceiveEmail", index % 10 != 0).With("ConsentTimestamp", start));

            org.Wifi.RecordBatchOf(Login.Batch(logins), "consent-budget");
            org.RunAsyncJobs();

            Assert.HasCount(50, org.Ledger());
            AssertBatchCalls(org, 14, "new guests, 50 revoking: the batch's 14 calls (the 50 ledger rows are written with their contacts, in one CreateMultiple)");
        }

        [TestMethod]
        public void BatchOf500ReturningGuests_CostsTheSameWhateverTheRevocations()
        {
            var org = ConsentOrganization.Start();
            var start = DateTime.UtcNow.AddHours(-5);
            var guests = Enumerable.Range(0, 500).Select(index => "returning" + index + "@example.com").ToList();
            org.Wifi.RecordBatchOf(Login.Batch(guests.Select(email => Login.Of(email).At(start))), "first");
            org.RunAsyncJobs();
            org.Wifi.Emulator.Requests.Clear();

            org.Wifi.RecordBatchOf(Login.Batch(guests.Select((email, index) =>
                Login.Of(email).At(start.AddHours(1)).With("CanReceiveEmail", index % 10 != 0).With("ConsentTimestamp", start.AddHours(1)))), "second");
            org.RunAsyncJobs();

            Assert.HasCount(50, org.Ledger());
            AssertBatchCalls(org, 10, "returning guests, 50 revoking: the batch's 10 calls (the 50 ledger rows ride on its transaction, in one CreateMultiple)");
        }

        [TestMethod]
        public void BatchOf500Granting_CostsNothingMore()
        {
            var org = ConsentOrganization.Start();
            var start = DateTime.UtcNow.AddHours(-5);
            var logins = Enumerable.Range(0, 500).Select(index =>
                Login.Of("granting" + index + "@example.com").At(start).With("CanReceiveEmail", true).With("ConsentTimestamp", start));

            org.Wifi.RecordBatchOf(Login.Batch(logins), "granting-budget");
            org.RunAsyncJobs();

            Assert.IsEmpty(org.Ledger(), "consent a new contact already holds is no change");
            AssertCalls(org, 14, "the batch's calls, as without consent");
        }

        private static void AssertBatchCalls(ConsentOrganization org, int expected, string what)
        {
            var calls = ServiceCalls.ByPlugins(org.Wifi.Emulator.Requests.Records);
            Console.WriteLine("Batch of 500 " + what.Split(':')[0] + ": " + calls + " calls, " + (calls / 500.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " per event");
            AssertCalls(org, expected, what);
        }

        private static void AssertCalls(ConsentOrganization org, int expected, string what)
        {
            var records = org.Wifi.Emulator.Requests.Records;
            Assert.AreEqual(expected, ServiceCalls.ByPlugins(records), what + ": " + ServiceCalls.Describe(records));
        }
    }
}
