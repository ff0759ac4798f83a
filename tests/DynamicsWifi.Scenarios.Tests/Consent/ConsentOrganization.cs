using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Scenarios.Tests.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>An organization set up for the consent callback as an administrator does it (README "Deploy"): the
    /// signing secret in cr_wifisecret and the webhook URL in cr_WifiConsentWebhookUrl, pointing at a test inbox;
    /// a marketing user who unsubscribes guests in Dynamics.</summary>
    internal sealed class ConsentOrganization
    {
        public const string Secret = "whsec-test-3f9c1e";
        public const string UpdateConsent = "cr_UpdateWifiConsent";
        public const string Redeliver = "cr_RedeliverWifiConsentChanges";

        private ConsentOrganization(bool withWebhook)
        {
            Wifi = WifiOrganization.Start();
            Inbox = ConsentReceiver.NewInbox();
            Wifi.SetSecret("WebhookSigningSecret", Secret);
            if (withWebhook)
            {
                Wifi.Emulator.SetEnvironmentVariable("cr_WifiConsentWebhookUrl", Inbox.Url);
            }

            MarketingUser = Wifi.Emulator.CreateOrganizationService(Wifi.Emulator.SystemAdministratorId);
        }

        public WifiOrganization Wifi { get; }

        public Inbox Inbox { get; }

        /// <summary>A person in Dynamics (a System Administrator: no role of ours is needed to edit a contact).</summary>
        public IOrganizationService MarketingUser { get; }

        public static ConsentOrganization Start(bool withWebhook = true) => new(withWebhook);

        /// <summary>A guest known from a WiFi login, with the platform's guest id.</summary>
        public Guid Guest(string email, string guestId)
        {
            var response = Wifi.Record(Login.Of(email).With("GuestId", guestId));
            Wifi.Emulator.RunAsyncJobs();
            return (Guid)response["ContactId"];
        }

        public void SetFlag(Guid contactId, string column, bool value) =>
            MarketingUser.Update(new Entity("contact", contactId) { [column] = value });

        public OrganizationResponse Report(string eventId, string guestId, bool granted, DateTime timestamp, string channel = "email") =>
            Wifi.Platform.Execute(new OrganizationRequest(UpdateConsent)
            {
                ["EventId"] = eventId,
                ["GuestId"] = guestId,
                ["Channel"] = channel,
                ["Granted"] = granted,
                ["Timestamp"] = timestamp,
            });

        public OrganizationResponse RedeliverPending(int? maxRows = null)
        {
            var request = new OrganizationRequest(Redeliver);
            if (maxRows.HasValue)
            {
                request["MaxRows"] = maxRows.Value;
            }

            return Wifi.Platform.Execute(request);
        }

        public int RunAsyncJobs() => Wifi.Emulator.RunAsyncJobs();

        public List<Entity> Ledger() => Wifi.System.RetrieveMultiple(new QueryExpression("cr_wificonsentchange") { ColumnSet = new ColumnSet(true) }).Entities.ToList();

        public Entity LedgerRow() => Ledger().Single();

        public static int Status(Entity row) => row.GetAttributeValue<OptionSetValue>("cr_deliverystatus").Value;
    }
}
