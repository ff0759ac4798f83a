using System;
using System.ServiceModel;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Records a consent statement of the platform (DESIGN.md 4 and 5): a repeated event id changes nothing; a
    /// statement no newer than the consent the contact holds is recorded as ignored; a newer one is recorded as not
    /// needing delivery and applied to the contact, tagged so nothing is echoed back. Exactly one ledger row per event id.</summary>
    public sealed class ConsentStatementRecorder
    {
        private readonly ConsentContactStore _contacts;
        private readonly ConsentLedgerStore _ledger;
        private readonly ITracingService _trace;

        public ConsentStatementRecorder(ConsentContactStore contacts, ConsentLedgerStore ledger, ITracingService trace)
        {
            _contacts = contacts;
            _ledger = ledger;
            _trace = trace;
        }

        public ConsentStatementOutcome Record(ConsentStatement statement, DateTime utcNow)
        {
            var known = _ledger.FindByEventId(statement.EventId);
            if (known != null)
            {
                _trace.Trace("UpdateWifiConsent: event already recorded as ledger row {0}; nothing changed.", known.Id);
                return new ConsentStatementOutcome(ConsentStatementOutcome.Duplicate, known.ContactId ?? Guid.Empty, known.Id);
            }

            var contact = _contacts.Find(statement.GuestId, statement.Identity?.Key.Value)
                ?? throw new InvalidPluginExecutionException(
                    WifiRejection.MessageFor(new FieldError(WifiErrorCodes.UnknownGuest, statement.GuestId != null ? "GuestId" : "Email",
                        "No active contact has this guest id or identity.")),
                    PluginHttpStatusCode.NotFound);
            var held = ConsentMapping.ConsentOf(contact);
            var applied = statement.IsNewerThan(held.StatedOn);
            var entry = ConsentChange.FromPlatform(statement.EventId, contact.Id, statement.GuestId ?? contact.GetAttributeValue<string>(Schema.Contact.GuestId),
                statement.Channel, statement.Granted, statement.StatedOn, "cr_UpdateWifiConsent", applied);
            try
            {
                _ledger.Create(entry, utcNow);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault))
            {
                // A concurrent call with the same event id won; this transaction is over, and the same call again is a no-op.
                throw WifiFaults.Retry("The same event id is being recorded by another call.");
            }

            if (applied)
            {
                _contacts.Apply(contact.Id, statement);
            }

            _trace.Trace("UpdateWifiConsent: contact {0}: {1} {2}: {3}; ledger row {4}.", contact.Id, statement.Channel, statement.Granted ? "granted" : "revoked",
                applied ? "applied" : "ignored (not newer than the consent held)", entry.Id);
            return new ConsentStatementOutcome(applied ? ConsentStatementOutcome.Applied : ConsentStatementOutcome.Ignored, contact.Id, entry.Id);
        }
    }
}
