using System;

namespace DynamicsWifi.Client.Consent
{
    /// <summary>A row of the consent ledger cr_wificonsentchange: a change made in Dynamics waiting to reach the platform,
    /// or its record once delivered.</summary>
    public sealed class ConsentChange
    {
        public Guid Id { get; set; }

        public string? EventId { get; set; }

        public string? GuestId { get; set; }

        /// <summary>The channel as stored (a choice's value or text).</summary>
        public string? Channel { get; set; }

        public bool Granted { get; set; }

        public DateTime? ChangedOn { get; set; }

        public int? DeliveryStatus { get; set; }

        public int? Attempts { get; set; }
    }
}
