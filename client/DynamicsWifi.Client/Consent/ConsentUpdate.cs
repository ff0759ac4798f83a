using System;

namespace DynamicsWifi.Client.Consent
{
    /// <summary>cr_UpdateWifiConsent's request (DESIGN.md 4): the platform reports consent given or revoked for a guest
    /// named by GuestId or Email/Mobile. A repeated EventId is a no-op; an older Timestamp than the one held is ignored.</summary>
    public sealed class ConsentUpdate
    {
        public string? GuestId { get; set; }

        public string? Email { get; set; }

        public string? Mobile { get; set; }

        public bool Granted { get; set; }

        /// <summary>email or phone.</summary>
        public string Channel { get; set; } = "email";

        public DateTime Timestamp { get; set; }

        public string EventId { get; set; } = string.Empty;
    }
}
