using System;
using DynamicsWifi.Plugins.Consent;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Delivers one ledger row to the platform's consent webhook, from the asynchronous step (no transaction:
    /// each write stays, DATAVERSE-FACTS.md 2.1). Every attempt is recorded on the row before the step ends. A transient
    /// failure asks Dataverse for a retry (OperationStatus.Retry, four attempts in all: DATAVERSE-FACTS.md 2.6); on the
    /// last one the row is marked exhausted and waits for cr_RedeliverWifiConsentChanges. A refusal marks it failed.</summary>
    public sealed class ConsentDelivery
    {
        /// <summary>Attempts Dataverse makes of an asynchronous step that keeps asking for a retry.</summary>
        public const int AttemptsPerJob = 4;

        private readonly IOrganizationService _systemService;
        private readonly ITracingService _trace;

        public ConsentDelivery(IOrganizationService systemService, ITracingService trace)
        {
            _systemService = systemService;
            _trace = trace;
        }

        public void Deliver(Guid changeId, Guid systemJobId, DateTime utcNow)
        {
            var ledger = new ConsentLedgerStore(_systemService);
            var change = ledger.Read(changeId);
            if (!DeliveryStatus.AwaitsDelivery(change.Status))
            {
                _trace.Trace("SendConsentChange: row {0} needs no delivery (status {1}).", changeId, change.Status);
                return;
            }

            if (change.GuestId == null && change.IdentityKey == null)
            {
                // Erased (DESIGN.md 4.1): nothing identifies the guest to the platform any more.
                ledger.RecordAttempt(changeId, change.Attempts, DeliveryStatus.Failed, "The contact was erased; nothing identifies the guest to the platform.", utcNow);
                _trace.Trace("SendConsentChange: row {0} belongs to an erased contact; marked failed, nothing sent.", changeId);
                return;
            }

            var url = new EnvironmentSettings(_systemService).ReadConsentWebhookUrl();
            if (string.IsNullOrWhiteSpace(url))
            {
                _trace.Trace("SendConsentChange: {0} is not set; row {1} stays pending.", Schema.Settings.ConsentWebhookUrl, changeId);
                return;
            }

            var attempts = change.Attempts + 1;
            var address = WebhookAddress.Check(url!, Schema.Settings.ConsentWebhookUrl, out var refusal);
            var secret = address == null ? null : new WifiSecretStore(_systemService).Read(Schema.Secret.WebhookSigningSecret);
            if (address == null || secret == null)
            {
                var why = address == null ? refusal : "The secret " + Schema.Secret.WebhookSigningSecret + " is not set in cr_wifisecret; nothing is sent unsigned.";
                ledger.RecordAttempt(changeId, attempts, DeliveryStatus.Pending, why, utcNow);
                throw new InvalidPluginExecutionException(why);
            }

            var outcome = WebhookClient.Post(address, secret, change, utcNow);
            switch (outcome.Kind)
            {
                case DeliveryOutcomeKind.Delivered:
                    ledger.RecordAttempt(changeId, attempts, DeliveryStatus.Delivered, null, utcNow);
                    _trace.Trace("SendConsentChange: row {0} delivered on attempt {1} ({2}).", changeId, attempts, outcome.Reason);
                    return;
                case DeliveryOutcomeKind.Refused:
                    ledger.RecordAttempt(changeId, attempts, DeliveryStatus.Failed, outcome.Reason, utcNow);
                    _trace.Trace("SendConsentChange: row {0} refused by the platform ({1}); marked failed.", changeId, outcome.Reason);
                    return;
                default:
                    var last = IsLastAttempt(systemJobId);
                    ledger.RecordAttempt(changeId, attempts, last ? DeliveryStatus.Exhausted : DeliveryStatus.Pending, outcome.Reason, utcNow);
                    _trace.Trace("SendConsentChange: row {0} attempt {1} failed ({2}); {3}.", changeId, attempts, outcome.Reason,
                        last ? "retries used up, marked exhausted for redelivery" : "asking Dataverse to retry");
                    throw new InvalidPluginExecutionException(OperationStatus.Retry, "The consent webhook did not accept the change: " + outcome.Reason + ".");
            }
        }

        /// <summary>Whether this run is the System Job's last attempt (its retry count, as Dataverse keeps it on asyncoperation).</summary>
        private bool IsLastAttempt(Guid systemJobId)
        {
            if (systemJobId == Guid.Empty)
            {
                return false;
            }

            var job = _systemService.Retrieve(Schema.SystemJob.Table, systemJobId, new Microsoft.Xrm.Sdk.Query.ColumnSet(Schema.SystemJob.RetryCount));
            return job.GetAttributeValue<int>(Schema.SystemJob.RetryCount) >= AttemptsPerJob - 1;
        }
    }
}
