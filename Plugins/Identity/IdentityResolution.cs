using System;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>Which contact a guest is (DESIGN.md 3): the one holding the key; else the oldest active contact with
    /// the email, else with the mobile, then stamped with the key; else a new contact. Reason is fit for the trace
    /// log: contact ids and decisions, never an email or phone.</summary>
    public sealed class IdentityResolution
    {
        private IdentityResolution(Guid? contactId, bool stampKey, string reason, Guid? otherMatchId)
        {
            ContactId = contactId;
            StampKey = stampKey;
            Reason = reason;
            OtherMatchId = otherMatchId;
        }

        /// <summary>The existing contact, or null when the guest is new.</summary>
        public Guid? ContactId { get; }

        public bool IsNew => ContactId == null;

        /// <summary>Whether the contact must be given the guest's key (found by search, not by key).</summary>
        public bool StampKey { get; }

        public string Reason { get; }

        /// <summary>Another contact that matched only by mobile when the email won: reported, never merged.</summary>
        public Guid? OtherMatchId { get; }

        public static IdentityResolution ByKey(Guid contactId, Guid? otherMatchId) =>
            new IdentityResolution(contactId, false, "contact " + contactId + " holds the identity key" + Other(otherMatchId), otherMatchId);

        public static IdentityResolution BySearch(Guid contactId, string column, Guid? otherMatchId) =>
            new IdentityResolution(contactId, true, "contact " + contactId + " matched by " + column + "; identity key stamped" + Other(otherMatchId), otherMatchId);

        public static IdentityResolution New() => new IdentityResolution(null, false, "no contact matches; a new contact is created", null);

        private static string Other(Guid? otherMatchId) =>
            otherMatchId == null ? string.Empty : "; contact " + otherMatchId + " holds the same mobile (email wins; not merged)";
    }
}
