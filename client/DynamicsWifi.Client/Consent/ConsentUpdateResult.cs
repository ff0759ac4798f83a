using System;

namespace DynamicsWifi.Client.Consent
{
    /// <summary>cr_UpdateWifiConsent's answer: the contact and what the ledger made of the change (applied, ignored as
    /// older, a repeat), as far as the environment's API returns them.</summary>
    public sealed class ConsentUpdateResult
    {
        public Guid? ContactId { get; set; }

        public string? Outcome { get; set; }
    }
}
