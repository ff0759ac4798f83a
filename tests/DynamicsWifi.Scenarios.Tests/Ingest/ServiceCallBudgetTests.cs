using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>The service calls each path costs (DESIGN.md 8; the benchmark prints the same figures). The goals are
    /// 3 (returning guest) and 4 (new guest). A returning guest costs 5 to record: the pre-validation step's read by key
    /// (it keeps first logins race-free, and Dataverse documents no way to pass its result on), the settings, the
    /// contact's lock, the read, the session. A new guest adds the search and the create (CustomApis/README.md). The
    /// aggregates step on the session's create adds 5 whatever the sessions held: the visit gap, the contact's lock,
    /// its stored aggregates, the neighbouring sessions (for a new guest: its sessions), the aggregates' write; in a
    /// batch, per guest, only the lock and the write (the reads are sets). A change that costs more fails here.</summary>
    [TestClass]
    public sealed class ServiceCallBudgetTests
    {
        [TestMethod]
        public void NewGuest_CostsTwelveCalls()
        {
            var wifi = WifiOrganization.Start();

            wifi.Record(Login.Of("ann@example.com"));

            var records = wifi.Emulator.Requests.Records;
            Assert.AreEqual(12, ServiceCalls.ByPlugins(records), ServiceCalls.Describe(records));
            Assert.AreEqual(1, ServiceCalls.BusinessEventRaises(records));
        }

        [TestMethod]
        public void ReturningGuest_CostsTenCalls()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com"));
            wifi.Emulator.Requests.Clear();

            wifi.Record(Login.Of("ann@example.com").With("FirstName", "Ann"));
            wifi.Record(Login.Of("ann@example.com"));

            var last = wifi.Emulator.Requests.Records.Skip(1).ToList();
            Assert.AreEqual(10, ServiceCalls.ByPlugins(last), ServiceCalls.Describe(last));
            Assert.AreEqual(11, ServiceCalls.ByPlugins(wifi.Emulator.Requests.Records.Take(1)), "a changed profile adds the contact's update");
        }

        [TestMethod]
        public void RawMac_CostsOneCallForTheSecret()
        {
            var wifi = WifiOrganization.Start();
            wifi.SetSecret("MacHashKey", "test-key");
            wifi.Record(Login.Of("ann@example.com"));
            wifi.Emulator.Requests.Clear();

            wifi.Record(Login.Of("ann@example.com").With("MacAddress", "a4:5e:60:c2:11:0b"));

            Assert.AreEqual(11, ServiceCalls.ByPlugins(wifi.Emulator.Requests.Records));
        }

        [TestMethod]
        public void BatchOf500NewGuests_CostsTwoCallsPerGuestForTheAggregates()
        {
            var wifi = WifiOrganization.Start();
            var logins = Enumerable.Range(0, 500).Select(index => Login.Of("guest" + index + "@example.com").StartedMinutesAgo(60 * 5));

            wifi.RecordBatchOf(Login.Batch(logins), "budget");
            wifi.Emulator.RunAsyncJobs();

            var records = wifi.Emulator.Requests.Records;
            Assert.AreEqual(500, wifi.Visits().Count);
            Assert.IsTrue(ServiceCalls.ByPlugins(records) <= 25 + 2 * 500, ServiceCalls.Describe(records));
        }
    }
}
