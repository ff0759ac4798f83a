using System;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>What cr_UpdateWifiConsent did: <c>applied</c>, <c>ignored</c> (older than the consent held) or
    /// <c>duplicate</c> (the event id was recorded before; nothing written).</summary>
    public sealed class ConsentStatementOutcome
    {
        public const string Applied = "applied";
        public const string Ignored = "ignored";
        public const string Duplicate = "duplicate";

        public ConsentStatementOutcome(string outcome, Guid contactId, Guid consentChangeId)
        {
            Outcome = outcome;
            ContactId = contactId;
            ConsentChangeId = consentChangeId;
        }

        public string Outcome { get; }

        /// <summary>Empty for a duplicate whose contact has since been erased.</summary>
        public Guid ContactId { get; }

        public Guid ConsentChangeId { get; }
    }
}
