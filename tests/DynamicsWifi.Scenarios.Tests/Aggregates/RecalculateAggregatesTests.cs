using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>cr_RecalculateWifiAggregates: the repair, for one contact or the contacts touched since a time, a page at a time.</summary>
    [TestClass]
    public sealed class RecalculateAggregatesTests
    {
        [TestMethod]
        public void HandEditedContact_IsCorrectedAndCounted()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 45, "spa");
            var exact = org.Of(ann);
            org.Service.Update(new Entity("contact", ann) { ["cr_wifi_visit_count"] = 7, ["cr_wifi_zone_preference"] = "bar" });

            var response = org.Service.Execute(new OrganizationRequest("cr_RecalculateWifiAggregates") { ["ContactId"] = ann });

            Assert.AreEqual(1, response["Changed"]);
            Assert.AreEqual(exact, org.Of(ann));
        }

        [TestMethod]
        public void ExactContact_IsNotWritten()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            org.Add(ann, "Grand Hotel", 0, 45);
            org.Emulator.Requests.Clear();

            var response = org.Service.Execute(new OrganizationRequest("cr_RecalculateWifiAggregates") { ["ContactId"] = ann });

            Assert.AreEqual(0, response["Changed"]);
            var contactUpdates = org.Emulator.Requests.Records.SelectMany(record => record.Calls).Count(call => call.Message == "Update" && call.Table == "contact");
            Assert.AreEqual(1, contactUpdates, "only the lock");
        }

        [TestMethod]
        public void TouchedSince_PagesThroughEveryTouchedContactOnce()
        {
            var org = new Sessions();
            var contacts = Enumerable.Range(0, 7).Select(index => org.NewContact("Guest " + index)).ToList();
            foreach (var contact in contacts)
            {
                org.Add(contact, "Grand Hotel", 0, 30);
                org.Service.Update(new Entity("contact", contact) { ["cr_wifi_total_dwell"] = 999 });
            }

            var seen = 0;
            var changed = 0;
            var pages = 0;
            string? continueAfter = null;
            do
            {
                var request = new OrganizationRequest("cr_RecalculateWifiAggregates") { ["TouchedSince"] = DateTime.UtcNow.AddHours(-1), ["PageSize"] = 3 };
                if (continueAfter != null)
                {
                    request["ContinueAfter"] = continueAfter;
                }

                var response = org.Service.Execute(request);
                seen += (int)response["Recalculated"];
                changed += (int)response["Changed"];
                continueAfter = (bool)response["MoreRecords"] ? (string)response["ContinueAfter"] : null;
                pages++;
            }
            while (continueAfter != null);

            Assert.AreEqual(7, seen);
            Assert.AreEqual(7, changed);
            Assert.AreEqual(3, pages);
            Assert.IsTrue(contacts.All(contact => org.Of(contact).TotalDwell == 30));
        }

        [TestMethod]
        public void SessionsImportedWithoutTheStep_AreFoundThroughTheirSessions()
        {
            var org = new Sessions();
            var ann = org.NewContact();
            var session = org.Add(ann, "Grand Hotel", 0, 30);
            org.Service.Update(new Entity("contact", ann) { ["cr_wifi_session_count"] = null, ["cr_wifi_visit_count"] = null });
            System.Threading.Thread.Sleep(20);
            var since = DateTime.UtcNow;
            org.Update(session, "cr_authmethod", "email");

            var response = org.Service.Execute(new OrganizationRequest("cr_RecalculateWifiAggregates") { ["TouchedSince"] = since });

            Assert.AreEqual(1, response["Changed"]);
            Assert.AreEqual(1, org.Of(ann).Sessions);
        }

        [TestMethod]
        public void NeitherContactNorTime_IsRefusedNamingContactId()
        {
            var org = new Sessions();

            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => org.Service.Execute(new OrganizationRequest("cr_RecalculateWifiAggregates")));

            StringAssert.StartsWith(fault.Detail.Message, "WIFI_MISSING_FIELD: ");
            StringAssert.Contains(fault.Detail.Message, "ContactId");
        }

        [TestMethod]
        public void BadPageSizeAndContinuation_AreReportedTogether()
        {
            var org = new Sessions();
            var request = new OrganizationRequest("cr_RecalculateWifiAggregates") { ["TouchedSince"] = DateTime.UtcNow, ["PageSize"] = 0, ["ContinueAfter"] = "page-2" };

            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => org.Service.Execute(request));

            StringAssert.StartsWith(fault.Detail.Message, "WIFI_INVALID_PARAMETER");
            StringAssert.Contains(fault.Detail.Message, "PageSize");
            StringAssert.Contains(fault.Detail.Message, "ContinueAfter");
        }
    }
}
