using System;
using DynamicsWifi.Plugins.Consent;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>What a contact save does to consent, before it is written (pre-operation, in its transaction):
    /// a statement of the platform (the save carries cr_consent_wifi_date) older than the one held is kept out of the
    /// save, so an older login never overrides a newer consent whatever order writes arrive in; every channel whose
    /// consent then flips gets one ledger row: from the platform, recorded as not needed; made in Dynamics, pending
    /// delivery, with the save stamped as the newest consent statement. A save tagged by cr_UpdateWifiConsent is left
    /// to that API, which records its own row under the platform's event id; a save of the batch recording
    /// (<see cref="Schema.Tags.ConsentByRecording"/>) to the recording, which writes the rows of its logins' statements
    /// in the same transaction (ContactChanges, with this step's rules: <see cref="ConsentStatement.IsNewer"/>,
    /// <see cref="ChannelChange.Between"/>, <see cref="ConsentChange.StatedAtLogin"/>).</summary>
    public sealed class ContactConsentRecorder
    {
        private static readonly string[] PlatformStatementColumns =
        {
            Schema.Contact.DoNotBulkEmail, Schema.Contact.DoNotPhone, Schema.Contact.ConsentDate, Schema.Contact.ConsentChannel,
        };

        private readonly ConsentLedgerStore _ledger;
        private readonly ITracingService _trace;

        public ContactConsentRecorder(ConsentLedgerStore ledger, ITracingService trace)
        {
            _ledger = ledger;
            _trace = trace;
        }

        /// <summary>A contact's Update (<paramref name="preImage"/>: the row before it).</summary>
        public void ApplyUpdate(Entity target, Entity preImage, string? tag, Guid userId, DateTime utcNow) =>
            Apply(target.Id, target, preImage, tag, userId, utcNow);

        /// <summary>A contact's Create: a new guest's consent stated by the platform is its first ledger row; the consent a
        /// contact is created with in Dynamics (a form, an import) is where it starts, not a change to send.</summary>
        public void ApplyCreate(Guid contactId, Entity target, string? tag, Guid userId, DateTime utcNow)
        {
            if (target.Contains(Schema.Contact.ConsentDate))
            {
                Apply(contactId, target, new Entity(Schema.Contact.Table, contactId), tag, userId, utcNow);
            }
        }

        private void Apply(Guid contactId, Entity target, Entity preImage, string? tag, Guid userId, DateTime utcNow)
        {
            var before = ConsentMapping.ConsentOf(preImage);
            var statedOn = target.GetAttributeValue<DateTime?>(Schema.Contact.ConsentDate);
            var fromPlatform = target.Contains(Schema.Contact.ConsentDate);
            if (fromPlatform && statedOn.HasValue && !ConsentStatement.IsNewer(statedOn.Value, before.StatedOn))
            {
                foreach (var column in PlatformStatementColumns)
                {
                    target.Attributes.Remove(column);
                }

                _trace.Trace("RecordConsentChange: contact {0}: a consent statement older than the one held was kept out of the save.", contactId);
                return;
            }

            var changes = ChannelChange.Between(before, ConsentMapping.ConsentAfter(preImage, target));
            if (changes.Count == 0)
            {
                return;
            }

            if (tag == Schema.Tags.ConsentFromPlatform)
            {
                _trace.Trace("RecordConsentChange: contact {0}: {1} change(s) from cr_UpdateWifiConsent, recorded by that API; nothing to send.", contactId, changes.Count);
                return;
            }

            if (tag == Schema.Tags.ConsentByRecording)
            {
                _trace.Trace("RecordConsentChange: contact {0}: {1} change(s) stated by a batch's logins, recorded by the batch in this transaction; nothing to send.", contactId, changes.Count);
                return;
            }

            var guestId = preImage.GetAttributeValue<string>(Schema.Contact.GuestId);
            var identityKey = preImage.GetAttributeValue<string>(Schema.Contact.IdentityKey);
            if (!fromPlatform)
            {
                // Dynamics now holds the newest statement: a login or a platform report older than this save must not undo it.
                statedOn = Seconds(utcNow);
                target[Schema.Contact.ConsentDate] = statedOn;
            }

            foreach (var change in changes)
            {
                var entry = fromPlatform
                    ? ConsentChange.StatedAtLogin(contactId, guestId, change, statedOn ?? Seconds(utcNow),
                        target.GetAttributeValue<string>(Schema.Contact.ConsentChannel) ?? preImage.GetAttributeValue<string>(Schema.Contact.ConsentChannel))
                    : ConsentChange.MadeInDynamics(contactId, guestId, identityKey, change, statedOn!.Value, userId);
                _ledger.Create(entry, utcNow);
                _trace.Trace("RecordConsentChange: contact {0}: {1} {2} {3}; ledger row {4}.", contactId, change.Channel,
                    change.Granted ? "granted" : "revoked", fromPlatform ? "by the platform (not sent back)" : "in Dynamics (pending delivery)", entry.Id);
            }
        }

        // Dataverse keeps date-times to the second: stamp what it will hold, so comparisons agree with what is read back.
        private static DateTime Seconds(DateTime utc) => new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
