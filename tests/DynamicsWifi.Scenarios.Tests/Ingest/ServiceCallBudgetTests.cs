using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>The service calls each path costs (DESIGN.md 8; the benchmark prints the same figures). The goals are
    /// 3 (returning guest) and 4 (new guest). A returning guest costs 6: the pre-validation step's read by key (it keeps
    /// first logins race-free, and Dataverse documents no way to pass its result on), the settings, the contact's lock,
    /// the read (the contact with its aggregates and the sessions around the login), the session (tagged, so the aggregates step leaves it to
    /// the recording), the contact's write with its aggregates and any profile change. A new guest adds the search and
    /// the create (CustomApis/README.md). A batch of 500 writes its sessions and its contacts with their aggregates in one
    /// ExecuteTransaction, so it costs a constant number of calls. A change that costs more fails here.</summary>
    [TestClass]
    public sealed class ServiceCallBudgetTests
    {
        [TestMethod]
        public void NewGuest_CostsEightCalls()
        {
            var wifi = WifiOrganization.Start();

            wifi.Record(Login.Of("ann@example.com"));

            var records = wifi.Emulator.Requests.Records;
            Assert.AreEqual(8, ServiceCalls.ByPlugins(records), ServiceCalls.Describe(records));
            Assert.AreEqual(1, ServiceCalls.BusinessEventRaises(records));
        }

        [TestMethod]
        public void ReturningGuest_CostsSixCalls()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com"));
            wifi.Emulator.Requests.Clear();

            wifi.Record(Login.Of("ann@example.com").With("FirstName", "Ann"));
            wifi.Record(Login.Of("ann@example.com"));

            var last = wifi.Emulator.Requests.Records.Skip(1).ToList();
            Assert.AreEqual(6, ServiceCalls.ByPlugins(last), ServiceCalls.Describe(last));
            Assert.AreEqual(6, ServiceCalls.ByPlugins(wifi.Emulator.Requests.Records.Take(1)), "a changed profile rides on the aggregates' contact write");
        }

        [TestMethod]
        public void RawMac_CostsOneCallForTheSecret()
        {
            var wifi = WifiOrganization.Start();
            wifi.SetSecret("MacHashKey", "test-key");
            wifi.Record(Login.Of("ann@example.com"));
            wifi.Emulator.Requests.Clear();

            wifi.Record(Login.Of("ann@example.com").With("MacAddress", "a4:5e:60:c2:11:0b"));

            Assert.AreEqual(7, ServiceCalls.ByPlugins(wifi.Emulator.Requests.Records));
        }

        [TestMethod]
        public void BatchOf500NewGuests_CostsFourteenCalls()
        {
            var wifi = WifiOrganization.Start();
            var logins = Enumerable.Range(0, 500).Select(index => Login.Of("guest" + index + "@example.com").StartedMinutesAgo(60 * 5));

            wifi.RecordBatchOf(Login.Batch(logins), "budget");
            wifi.Emulator.RunAsyncJobs();

            var records = wifi.Emulator.Requests.Records;
            Assert.AreEqual(500, wifi.Visits().Count);
            Assert.AreEqual(14, ServiceCalls.ByPlugins(records), "with the BatchId lookup; the aggregates ride on the batch's one transaction: " + ServiceCalls.Describe(records));
        }

        [TestMethod]
        public void BatchOf500ReturningGuests_CostsTenCalls()
        {
            var wifi = WifiOrganization.Start();
            var guests = Enumerable.Range(0, 500).Select(index => "guest" + index + "@example.com").ToList();
            wifi.RecordBatchOf(Login.Batch(guests.Select(email => Login.Of(email).StartedMinutesAgo(60 * 5))), "first");
            wifi.Emulator.RunAsyncJobs();
            wifi.Emulator.Requests.Clear();

            wifi.RecordBatchOf(Login.Batch(guests.Select(email => Login.Of(email).StartedMinutesAgo(60 * 2))), "second");
            wifi.Emulator.RunAsyncJobs();

            var records = wifi.Emulator.Requests.Records;
            Assert.AreEqual(1000, wifi.Visits().Count);
            Assert.AreEqual(10, ServiceCalls.ByPlugins(records), "with the BatchId lookup: " + ServiceCalls.Describe(records));
        }
    }
}
