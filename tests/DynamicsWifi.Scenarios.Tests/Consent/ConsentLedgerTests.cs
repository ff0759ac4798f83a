using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Threading.Tasks;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Scenarios.Tests.Ingest;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>The consent ledger: exactly one row per change in either direction, consent from logins under the same
    /// rules, erasure, and no personal data or secret where it does not belong (DESIGN.md 2, 4.1 and 5).</summary>
    [TestClass]
    public sealed class ConsentLedgerTests
    {
        [TestMethod]
        public void EveryChangeInEitherDirection_LeavesExactlyOneRow()
        {
            var org = ConsentOrganization.Start();
            var start = DateTime.UtcNow.AddHours(-2);
            var ann = (Guid)org.Wifi.Record(Login.Of("ann.ledger@example.com").With("GuestId", "guest-ledger").At(start)
                .With("CanReceiveEmail", false).With("ConsentTimestamp", start)).Results["ContactId"];

            org.SetFlag(ann, "donotbulkemail", false);
            org.SetFlag(ann, "donotphone", true);
            org.MarketingUser.Update(new Entity("contact", ann) { ["firstname"] = "Ann" });
            org.Report("evt-a", "guest-ledger", granted: false, DateTime.UtcNow.AddSeconds(5));
            org.Report("evt-a", "guest-ledger", granted: false, DateTime.UtcNow.AddSeconds(5));
            org.Report("evt-b", "guest-ledger", granted: true, start);
            org.RunAsyncJobs();

            var rows = org.Ledger().Select(row => Describe(row).Name + ": " + Describe(row).Status).ToList();
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "email revoked at the portal: " + DeliveryStatus.NotNeeded,
                    "email granted in Dynamics: " + DeliveryStatus.Delivered,
                    "phone revoked in Dynamics: " + DeliveryStatus.Delivered,
                    "email revoked at the portal: " + DeliveryStatus.NotNeeded,
                    "email granted at the portal: " + DeliveryStatus.Ignored,
                },
                rows.ToArray(),
                string.Join(" | ", rows));
            Assert.HasCount(2, org.Inbox.Accepted, "only the two changes made in Dynamics are sent");
        }

        [TestMethod]
        public void ConsentFromABatchOfLogins_IsRecordedAndNotSentBack()
        {
            var org = ConsentOrganization.Start();
            var start = DateTime.UtcNow.AddHours(-1);

            org.Wifi.RecordBatchOf(Login.Batch(new[]
            {
                Login.Of("bo.batch@example.com").At(start).With("CanReceiveEmail", false).With("ConsentTimestamp", start),
                Login.Of("cy.batch@example.com").At(start).With("CanReceiveEmail", true).With("ConsentTimestamp", start),
            }));
            org.RunAsyncJobs();

            var row = org.LedgerRow();
            Assert.AreEqual("email revoked at the portal", row.GetAttributeValue<string>("cr_name"), "a grant the contact already held changes nothing");
            Assert.AreEqual(DeliveryStatus.NotNeeded, ConsentOrganization.Status(row));
            Assert.IsEmpty(org.Inbox.Deliveries);
        }

        [TestMethod]
        public void OlderLoginWrite_NeverOverridesANewerConsent()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.guard@example.com", "guest-guard");
            var newer = DateTime.UtcNow.AddMinutes(-1);
            org.Report("evt-guard", "guest-guard", granted: false, newer);

            // What a batch that read the contact before that report would write: its older login's consent.
            org.Wifi.System.Update(new Entity("contact", ann)
            {
                ["donotbulkemail"] = false, ["cr_consent_wifi_date"] = newer.AddMinutes(-30), ["firstname"] = "Ann",
            });

            var contact = org.Wifi.Contact(ann);
            Assert.IsTrue(contact.GetAttributeValue<bool>("donotbulkemail"));
            Assert.AreEqual(newer.ToString("s"), contact.GetAttributeValue<DateTime>("cr_consent_wifi_date").ToString("s"));
            Assert.AreEqual("Ann", contact.GetAttributeValue<string>("firstname"), "the rest of the save stands");
            Assert.HasCount(1, org.Ledger());
        }

        [TestMethod]
        public void ErasingAContact_KeepsOnlyTheRecordThatConsentChanged()
        {
            var org = ConsentOrganization.Start();
            var ann = org.Guest("ann.erase@example.com", "guest-erase");
            org.SetFlag(ann, "donotbulkemail", true);
            org.Report("evt-erase", "guest-erase", granted: true, DateTime.UtcNow.AddMinutes(1));
            org.RunAsyncJobs();

            org.MarketingUser.Delete("contact", ann);

            var rows = org.Ledger();
            Assert.HasCount(2, rows);
            Assert.IsEmpty(org.Wifi.Visits(), "sessions cascade");
            foreach (var row in rows)
            {
                Assert.IsNull(row.GetAttributeValue<EntityReference>("cr_contactid"));
                Assert.IsNull(row.GetAttributeValue<string>("cr_guestid"));
                Assert.IsNull(row.GetAttributeValue<string>("cr_identitykey"));
                Assert.IsNull(row.GetAttributeValue<string>("cr_evidence"));
                Assert.IsFalse(string.IsNullOrEmpty(row.GetAttributeValue<string>("cr_eventid")));
                Assert.IsNotNull(row.GetAttributeValue<DateTime?>("cr_changedon"));
            }
        }

        [TestMethod]
        public void ChangeWaitingWhenItsContactIsErased_IsNeverSent()
        {
            var org = ConsentOrganization.Start(withWebhook: false);
            var ann = org.Guest("ann.erased@example.com", "guest-erased");
            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();
            org.MarketingUser.Delete("contact", ann);
            org.Wifi.Emulator.SetEnvironmentVariable("cr_WifiConsentWebhookUrl", org.Inbox.Url);

            org.RedeliverPending();
            org.RunAsyncJobs();

            Assert.IsEmpty(org.Inbox.Deliveries);
            Assert.AreEqual(DeliveryStatus.Failed, ConsentOrganization.Status(org.LedgerRow()));
        }

        [TestMethod]
        public void ManyUnsubscribesAtOnce_EachLeaveOneRowAndOneDelivery()
        {
            var org = ConsentOrganization.Start();
            var guests = Enumerable.Range(0, 12).Select(index => org.Guest("many" + index + "@example.com", "guest-many-" + index)).ToList();

            Parallel.ForEach(guests, guest => org.SetFlag(guest, "donotbulkemail", true));
            org.RunAsyncJobs();

            Assert.HasCount(12, org.Ledger());
            CollectionAssert.AreEquivalent(guests, org.Ledger().Select(row => row.GetAttributeValue<EntityReference>("cr_contactid").Id).ToArray());
            Assert.HasCount(12, org.Inbox.Accepted.Select(delivery => delivery.IdempotencyKey).Distinct().ToList());
        }

        [TestMethod]
        public void NoTraceOrError_HoldsTheSecretOrTheGuestsEmailOrPhone()
        {
            var org = ConsentOrganization.Start();
            var ann = (Guid)org.Wifi.Record(Login.Of("ann.secret@example.com").With("Mobile", "+447700900321").With("GuestId", "guest-secret")).Results["ContactId"];
            org.Inbox.Then(Reply.WithStatus(503), Reply.WithStatus(400));
            org.SetFlag(ann, "donotbulkemail", true);
            org.RunAsyncJobs();
            var errors = new List<string>
            {
                Refusal(() => org.Wifi.Platform.Execute(new OrganizationRequest(ConsentOrganization.UpdateConsent)
                {
                    ["EventId"] = "evt-x", ["Email"] = "ann.secret@example.com", ["Mobile"] = "+447700900321 x", ["Channel"] = "email", ["Granted"] = true, ["Timestamp"] = DateTime.UtcNow,
                })),
                Refusal(() => org.Report("evt-y", "guest-unknown", granted: true, DateTime.UtcNow)),
            };

            var texts = org.Wifi.Emulator.PluginTraces.Records.SelectMany(record => record.Lines.Concat(new[] { record.Exception ?? string.Empty }))
                .Concat(errors)
                .Concat(org.Ledger().SelectMany(row => row.Attributes.Select(attribute => attribute.Key + "=" + attribute.Value)))
                .Concat(org.Wifi.All("asyncoperation").SelectMany(row => row.Attributes.Select(attribute => attribute.Key + "=" + attribute.Value)))
                .ToList();

            Assert.IsTrue(texts.Any(text => text.Contains("SendConsentChange", StringComparison.Ordinal)), "the delivery was traced");
            foreach (var forbidden in new[] { ConsentOrganization.Secret, "ann.secret", "7700900321", "7700 900321" })
            {
                var leaked = texts.FirstOrDefault(text => text.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
                Assert.IsNull(leaked, "'" + forbidden + "' leaked into: " + leaked);
            }
        }

        private static (string Name, int Status) Describe(Entity row) => (row.GetAttributeValue<string>("cr_name"), ConsentOrganization.Status(row));

        private static string Refusal(Action call) => Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call).Detail.Message;
    }
}
