using System;
using DynamicsWifi.Plugins.Identity;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>A consent change the platform reports through cr_UpdateWifiConsent (DESIGN.md 4 and 4.1).</summary>
    public sealed class ConsentStatement
    {
        public string EventId { get; set; } = string.Empty;

        public string? GuestId { get; set; }

        /// <summary>The guest's email or mobile, when given: only its identity key is used.</summary>
        public GuestIdentity? Identity { get; set; }

        public string Channel { get; set; } = ConsentChannel.Email;

        public bool Granted { get; set; }

        public DateTime StatedOn { get; set; }

        /// <summary>The newer statement wins against whatever Dynamics holds; an equal or older one changes nothing.</summary>
        public bool IsNewerThan(DateTime? held) => IsNewer(StatedOn, held);

        /// <summary>The one rule for every statement of the platform (this API's, a login's CanReceiveEmail, the consent
        /// step's guard): a statement made at <paramref name="statedOn"/> wins only over an older one.</summary>
        public static bool IsNewer(DateTime statedOn, DateTime? held) => !held.HasValue || statedOn > held.Value;
    }
}
