using System;
using System.Linq;
using System.Text.Json;
using DynamicsWifi.Plugins.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>An unsubscribe in Dynamics reaches the WiFi platform's webhook, signed, over real HTTP, and survives
    /// the receiver being down (DESIGN.md 5; issue 11).</summary>
    [TestClass]
    public sealed class ConsentCallbackTests
    {
        [TestMethod]
        public void Unsubscribe_IsPostedSignedWithTheEventIdAsIdempotencyKey()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.callback@example.com", "guest-ann");

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            var row = org.LedgerRow();
            var delivery = org.Inbox.Deliveries.Single();
            using var body = JsonDocument.Parse(delivery.Body);
            Assert.IsTrue(ReceiverVerification.Verify(ConsentOrganization.Secret, delivery, DateTimeOffset.UtcNow), "the signature verifies with the shared secret");
            Assert.IsFalse(ReceiverVerification.Verify("another-secret", delivery, DateTimeOffset.UtcNow));
            Assert.AreEqual(row.GetAttributeValue<string>("cr_eventid"), delivery.IdempotencyKey);
            Assert.AreEqual(delivery.IdempotencyKey, body.RootElement.GetProperty("eventId").GetString());
            Assert.AreEqual("guest-ann", body.RootElement.GetProperty("guestId").GetString());
            Assert.AreEqual("email", body.RootElement.GetProperty("channel").GetString());
            Assert.IsFalse(body.RootElement.GetProperty("granted").GetBoolean());
            Assert.AreEqual(DeliveryStatus.Delivered, ConsentOrganization.Status(row));
            Assert.AreEqual(1, row.GetAttributeValue<int>("cr_attempts"));
            Assert.AreEqual(ConsentSource.Dynamics, row.GetAttributeValue<OptionSetValue>("cr_source").Value);
        }

        [TestMethod]
        public void GuestWithoutGuestId_IsNamedByItsIdentityKey()
        {
            var org = ConsentOrganization.Start();
            var response = org.Wifi.Record(Ingest.Login.Of("bo.key@example.com"));
            var contact = (Guid)response["ContactId"];

            org.SetFlag(contact, "donotphone", true);
            org.RunAsyncJobs();

            using var body = JsonDocument.Parse(org.Inbox.Deliveries.Single().Body);
            Assert.AreEqual(org.Wifi.Contact(contact).GetAttributeValue<string>("cr_wifi_identitykey"), body.RootElement.GetProperty("identityKey").GetString());
            Assert.IsFalse(body.RootElement.TryGetProperty("guestId", out _));
            Assert.AreEqual("phone", body.RootElement.GetProperty("channel").GetString());
        }

        [TestMethod]
        public void DownThen503ThenTimeout_AreRetriedThenDeliveredUnderTheSameKey()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.retry@example.com", "guest-retry");
            org.Inbox.Then(Reply.Down, Reply.WithStatus(503), Reply.AfterTimeout, Reply.Ok);

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            var row = org.LedgerRow();
            var keys = org.Inbox.Deliveries.Select(delivery => delivery.IdempotencyKey).Distinct().ToList();
            Assert.HasCount(4, org.Inbox.Deliveries);
            Assert.HasCount(1, keys, "every attempt carries the same idempotency key");
            Assert.AreEqual(row.GetAttributeValue<string>("cr_eventid"), keys[0]);
            Assert.AreEqual(4, row.GetAttributeValue<int>("cr_attempts"));
            Assert.AreEqual(DeliveryStatus.Delivered, ConsentOrganization.Status(row));
            Assert.IsNotNull(row.GetAttributeValue<DateTime?>("cr_deliveredon"));
        }

        [TestMethod]
        public void FailedAttempts_StayRecordedThroughTheRetries()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.audit@example.com", "guest-audit");
            org.Inbox.Then(Reply.WithStatus(503), Reply.WithStatus(429), Reply.Ok);

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            var row = org.LedgerRow();
            var job = org.Wifi.All("asyncoperation").Single(candidate => candidate.GetAttributeValue<string>("name").Contains("SendConsentChangeToPlatform"));
            Assert.AreEqual(3, row.GetAttributeValue<int>("cr_attempts"), "an asynchronous step has no transaction: each attempt's write stays");
            Assert.IsNull(row.GetAttributeValue<string>("cr_lasterror"), "a delivery clears the last error");
            Assert.AreEqual(2, job.GetAttributeValue<int>("retrycount"));
            Assert.AreEqual(30, job.GetAttributeValue<OptionSetValue>("statuscode").Value, "the System Job succeeded");
        }

        [TestMethod]
        public void BadRequest_FailsForGoodWithTheReason()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.refused@example.com", "guest-refused");
            org.Inbox.Then(Reply.WithStatus(400));

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            var row = org.LedgerRow();
            Assert.HasCount(1, org.Inbox.Deliveries, "a refusal is not retried");
            Assert.AreEqual(DeliveryStatus.Failed, ConsentOrganization.Status(row));
            Assert.AreEqual("HTTP 400 Bad Request", row.GetAttributeValue<string>("cr_lasterror"));
        }

        [TestMethod]
        public void ReceiverDownThroughEveryRetry_GetsTheChangeOnRedelivery_ExactlyOnce()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.outage@example.com", "guest-outage");
            org.Inbox.DownFor(4);
            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();
            var exhausted = org.LedgerRow();

            var first = org.RedeliverPending();
            org.RunAsyncJobs();
            var second = org.RedeliverPending();
            org.RunAsyncJobs();

            Assert.AreEqual(DeliveryStatus.Exhausted, ConsentOrganization.Status(exhausted), "Dataverse's four attempts used up");
            Assert.AreEqual(4, exhausted.GetAttributeValue<int>("cr_attempts"));
            Assert.AreEqual(1, first["Requested"]);
            Assert.AreEqual(0, second["Requested"]);
            Assert.HasCount(1, org.Inbox.Accepted, "delivered exactly once");
            Assert.AreEqual(exhausted.GetAttributeValue<string>("cr_eventid"), org.Inbox.Accepted[0].IdempotencyKey);
            Assert.AreEqual(DeliveryStatus.Delivered, ConsentOrganization.Status(org.LedgerRow()));
            Assert.AreEqual(5, org.LedgerRow().GetAttributeValue<int>("cr_attempts"));
        }

        [TestMethod]
        public void Redelivery_SendsTheOldestFirstAndAtMostMaxRows()
        {
            var org = ConsentOrganization.Start(withWebhook: false);
            var guests = Enumerable.Range(0, 3).Select(index => org.Guest("queue" + index + "@example.com", "guest-queue-" + index)).ToList();
            foreach (var guest in guests)
            {
                org.SetFlag(guest, "donotbulkemail", true);
            }

            org.RunAsyncJobs();
            org.Wifi.Emulator.SetEnvironmentVariable("cr_WifiConsentWebhookUrl", org.Inbox.Url);

            var first = org.RedeliverPending(maxRows: 2);
            org.RunAsyncJobs();
            var rest = org.RedeliverPending(maxRows: 2);
            org.RunAsyncJobs();

            Assert.AreEqual(2, first["Requested"]);
            Assert.IsTrue((bool)first["Remaining"]);
            Assert.AreEqual(1, rest["Requested"]);
            Assert.IsFalse((bool)rest["Remaining"]);
            Assert.HasCount(3, org.Inbox.Accepted);
            CollectionAssert.AreEqual(new[] { "guest-queue-0", "guest-queue-1", "guest-queue-2" },
                org.Inbox.Accepted.Select(delivery => JsonDocument.Parse(delivery.Body).RootElement.GetProperty("guestId").GetString()).ToArray(), "oldest first");
            Assert.IsTrue(org.Ledger().All(row => ConsentOrganization.Status(row) == DeliveryStatus.Delivered));
        }

        [TestMethod]
        public void NoWebhookUrl_LeavesTheChangePending()
        {
            var org = ConsentOrganization.Start(withWebhook: false);
            var ann = org.Guest("ann.nourl@example.com", "guest-nourl");

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            Assert.AreEqual(DeliveryStatus.Pending, ConsentOrganization.Status(org.LedgerRow()));
            Assert.AreEqual(0, org.LedgerRow().GetAttributeValue<int>("cr_attempts"));
            Assert.IsEmpty(org.Inbox.Deliveries);
        }

        [TestMethod]
        [DataRow("http://127.0.0.1:8080/hook", "IP address")]
        [DataRow("https://[::1]/hook", "IP address")]
        [DataRow("http://localhost:5000/hook", "localhost")]
        [DataRow("ftp://consent-receiver.test/hook", "https://")]
        [DataRow("consent-receiver.test/hook", "absolute URL")]
        public void UrlTheSandboxWouldRefuse_IsRefusedNamingTheVariable(string url, string why)
        {
            var org = ConsentOrganization.Start(withWebhook: false);
            org.Wifi.Emulator.SetEnvironmentVariable("cr_WifiConsentWebhookUrl", url);
            var ann = org.Guest("ann.badurl@example.com", "guest-badurl");

            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();

            var row = org.LedgerRow();
            var error = row.GetAttributeValue<string>("cr_lasterror");
            Assert.AreEqual(DeliveryStatus.Pending, ConsentOrganization.Status(row), "fixing the variable and redelivering sends it");
            StringAssert.StartsWith(error, "cr_WifiConsentWebhookUrl");
            StringAssert.Contains(error, why);
            Assert.IsEmpty(org.Inbox.Deliveries);
        }
    }
}
