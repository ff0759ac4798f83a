using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>cr_UpdateWifiConsent as the platform calls it (DESIGN.md 4 and 4.1): newer statements win, older ones are
    /// recorded as ignored, a repeated event id changes nothing, and nothing is sent back.</summary>
    [TestClass]
    public sealed class UpdateWifiConsentTests
    {
        public static readonly IEnumerable<string> CodesTriggered = new[] { WifiErrorCodes.InvalidChannel, WifiErrorCodes.UnknownGuest, WifiErrorCodes.OutOfRange };

        [TestMethod]
        public void NewerRevocation_IsAppliedRecordedAndNotSentBack()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.revoke@example.com", "guest-revoke");
            var statedOn = DateTime.UtcNow.AddMinutes(-1);

            var response = org.Report("evt-1", "guest-revoke", granted: false, statedOn);
            org.RunAsyncJobs();

            var contact = org.Wifi.Contact(ann);
            var row = org.LedgerRow();
            Assert.AreEqual("applied", response["Outcome"]);
            Assert.AreEqual(ann, response["ContactId"]);
            Assert.AreEqual(row.Id, response["ConsentChangeId"]);
            Assert.IsTrue(contact.GetAttributeValue<bool>("donotbulkemail"));
            Assert.IsFalse(contact.GetAttributeValue<bool>("donotemail"), "donotemail is only ever set by a person in Dynamics");
            Assert.AreEqual("evt-1", row.GetAttributeValue<string>("cr_eventid"));
            Assert.AreEqual(DeliveryStatus.NotNeeded, ConsentOrganization.Status(row));
            Assert.AreEqual(ConsentSource.Portal, row.GetAttributeValue<OptionSetValue>("cr_source").Value);
            Assert.IsEmpty(org.Inbox.Deliveries, "never echoed back");
        }

        [TestMethod]
        public void PhoneChannel_SetsDoNotPhone()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.phone@example.com", "guest-phone");

            org.Report("evt-phone", "guest-phone", granted: false, DateTime.UtcNow.AddMinutes(-1), channel: "phone");

            Assert.IsTrue(org.Wifi.Contact(ann).GetAttributeValue<bool>("donotphone"));
            Assert.IsFalse(org.Wifi.Contact(ann).GetAttributeValue<bool>("donotbulkemail"));
        }

        [TestMethod]
        public void GuestNamedByEmail_IsFoundByItsIdentityKey()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.byemail@example.com", "guest-byemail");

            var response = org.Wifi.Platform.Execute(new OrganizationRequest(ConsentOrganization.UpdateConsent)
            {
                ["EventId"] = "evt-email", ["Email"] = " Ann.ByEmail@Example.com ", ["Channel"] = "EMAIL", ["Granted"] = false, ["Timestamp"] = DateTime.UtcNow,
            });

            Assert.AreEqual(ann, response["ContactId"]);
            Assert.IsTrue(org.Wifi.Contact(ann).GetAttributeValue<bool>("donotbulkemail"));
        }

        [TestMethod]
        public void OlderStatement_IsRecordedAsIgnoredAndChangesNothing()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.older@example.com", "guest-older");
            var now = DateTime.UtcNow;
            org.Report("evt-new", "guest-older", granted: false, now.AddMinutes(-1));

            var response = org.Report("evt-old", "guest-older", granted: true, now.AddMinutes(-10));

            var ignored = org.Ledger().Single(row => row.GetAttributeValue<string>("cr_eventid") == "evt-old");
            Assert.AreEqual("ignored", response["Outcome"]);
            Assert.AreEqual(DeliveryStatus.Ignored, ConsentOrganization.Status(ignored));
            Assert.IsTrue(org.Wifi.Contact(ann).GetAttributeValue<bool>("donotbulkemail"), "the newer revocation stands");
            Assert.HasCount(2, org.Ledger());
        }

        [TestMethod]
        public void RepeatedEventId_ChangesNothing()
        {
            var org = ConsentOrganization.Start();
            org.Guest("ann.repeat@example.com", "guest-repeat");
            var first = org.Report("evt-repeat", "guest-repeat", granted: false, DateTime.UtcNow.AddMinutes(-2));

            var again = org.Report("evt-repeat", "guest-repeat", granted: true, DateTime.UtcNow.AddMinutes(-1));

            Assert.AreEqual("duplicate", again["Outcome"]);
            Assert.AreEqual(first["ConsentChangeId"], again["ConsentChangeId"]);
            Assert.HasCount(1, org.Ledger());
            Assert.IsTrue(org.Wifi.Contact((Guid)first["ContactId"]).GetAttributeValue<bool>("donotbulkemail"));
        }

        [TestMethod]
        public void UnsubscribeInDynamics_WinsAgainstAnOlderPlatformStatement()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.dynamics@example.com", "guest-dynamics");
            var beforeUnsubscribe = DateTime.UtcNow.AddMinutes(-5);
            org.SetFlag(ann, "donotbulkemail", true);

            var response = org.Report("evt-late", "guest-dynamics", granted: true, beforeUnsubscribe);

            Assert.AreEqual("ignored", response["Outcome"]);
            Assert.IsTrue(org.Wifi.Contact(ann).GetAttributeValue<bool>("donotbulkemail"));
        }

        [TestMethod]
        public void SameEventIdFromConcurrentCalls_IsRecordedOnce()
        {
            var org = ConsentOrganization.Start();
            org.Guest("ann.race@example.com", "guest-race");
            var statedOn = DateTime.UtcNow.AddMinutes(-1);

            var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
            System.Threading.Tasks.Parallel.For(0, 8, _ =>
            {
                try
                {
                    outcomes.Add((string)org.Report("evt-race", "guest-race", granted: false, statedOn)["Outcome"]);
                }
                catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.Message.StartsWith("WIFI_RETRY", StringComparison.Ordinal))
                {
                    outcomes.Add((string)org.Report("evt-race", "guest-race", granted: false, statedOn)["Outcome"]);
                }
            });

            Assert.HasCount(1, org.Ledger());
            Assert.AreEqual(1, outcomes.Count(outcome => outcome == "applied"), string.Join(", ", outcomes));
            Assert.AreEqual(7, outcomes.Count(outcome => outcome == "duplicate"));
        }

        [TestMethod]
        public void LoginWithOlderConsent_DoesNotUndoANewerRevocation()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.login@example.com", "guest-login");
            var revokedAt = DateTime.UtcNow.AddMinutes(-1);
            org.Report("evt-revoke", "guest-login", granted: false, revokedAt);

            org.Wifi.Record(Ingest.Login.Of("ann.login@example.com").With("CanReceiveEmail", true).With("ConsentTimestamp", revokedAt.AddMinutes(-30)));

            Assert.IsTrue(org.Wifi.Contact(ann).GetAttributeValue<bool>("donotbulkemail"));
            Assert.HasCount(1, org.Ledger());
        }

        [TestMethod]
        public void Platform_ReadsTheChangesWaitingForIt()
        {
            var org = ConsentOrganization.Start(withWebhook: false);
            var ann = org.Guest("ann.read@example.com", "guest-read");
            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("cr_wificonsentchange") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("cr_eventid", "cr_guestid", "cr_granted") };
            query.Criteria.AddCondition("cr_deliverystatus", Microsoft.Xrm.Sdk.Query.ConditionOperator.In, DeliveryStatus.Pending, DeliveryStatus.Exhausted);
            var waiting = org.Wifi.Platform.RetrieveMultiple(query).Entities;

            Assert.HasCount(1, waiting, "the WiFi Integration role reads the ledger");
            Assert.AreEqual("guest-read", waiting[0].GetAttributeValue<string>("cr_guestid"));
        }

        [TestMethod]
        public void UnknownGuest_IsRefusedAndNothingIsWritten()
        {
            var org = ConsentOrganization.Start();

            var message = Refusal(() => org.Report("evt-unknown", "guest-nobody", granted: false, DateTime.UtcNow));

            StringAssert.StartsWith(message, "WIFI_UNKNOWN_GUEST: ");
            StringAssert.Contains(message, "GuestId");
            Assert.IsEmpty(org.Ledger());
        }

        [TestMethod]
        public void InvalidFields_AreReportedAllAtOnce()
        {
            var org = ConsentOrganization.Start();

            var message = Refusal(() => org.Wifi.Platform.Execute(new OrganizationRequest(ConsentOrganization.UpdateConsent)
            {
                ["Email"] = "not-an-email", ["Channel"] = "sms", ["Timestamp"] = new DateTime(1999, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            }));

            StringAssert.StartsWith(message, "WIFI_MISSING_FIELD: ");
            foreach (var expected in new[] { "EventId", "WIFI_INVALID_EMAIL", "WIFI_INVALID_CHANNEL", "Granted", "WIFI_DATE_OUT_OF_RANGE" })
            {
                StringAssert.Contains(message, expected);
            }

            Assert.IsFalse(message.Contains("not-an-email", StringComparison.Ordinal), "the value is never echoed");
        }

        [TestMethod]
        public void RedeliveryBound_OutsideItsRange_IsRefused()
        {
            var org = ConsentOrganization.Start();

            var message = Refusal(() => org.RedeliverPending(maxRows: 501));

            StringAssert.StartsWith(message, "WIFI_OUT_OF_RANGE: ");
            StringAssert.Contains(message, "MaxRows");
        }

        private static string Refusal(Action call) => Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call).Detail.Message;
    }
}
