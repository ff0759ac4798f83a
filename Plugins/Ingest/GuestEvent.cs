using System;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>One validated login: the guest's identity and profile, and the session. Built only by
    /// <see cref="GuestEventReader"/>, so every value here has passed the contract's rules (DESIGN.md 4 and 4.1).</summary>
    public sealed class GuestEvent
    {
        internal GuestEvent()
        {
        }

        public string SessionId { get; internal set; } = string.Empty;

        public string Venue { get; internal set; } = string.Empty;

        /// <summary>SessionStart, else JourneyTime; UTC.</summary>
        public DateTime SessionStart { get; internal set; }

        public DateTime? SessionEnd { get; internal set; }

        public GuestIdentity Identity { get; internal set; } = null!;

        public string? FirstName { get; internal set; }

        public string? LastName { get; internal set; }

        public Gender Gender { get; internal set; }

        public DateTime? DateOfBirth { get; internal set; }

        public bool? CanReceiveEmail { get; internal set; }

        public DateTime? ConsentTimestamp { get; internal set; }

        public string? ConsentChannel { get; internal set; }

        public string? GuestId { get; internal set; }

        public string? Zone { get; internal set; }

        /// <summary>A raw MAC still to be hashed; never stored as such.</summary>
        public MacAddress? Mac { get; internal set; }

        /// <summary>The 64-hex hash to store: given by the platform, or the daily hash of <see cref="Mac"/>.</summary>
        public string? MacHash { get; internal set; }

        public string? AuthMethod { get; internal set; }

        /// <summary>The same event with its raw MAC replaced by its hash (or dropped when <paramref name="hash"/> is null).</summary>
        public GuestEvent WithMacHashed(string? hash)
        {
            var copy = (GuestEvent)MemberwiseClone();
            copy.Mac = null;
            copy.MacHash = hash ?? MacHash;
            return copy;
        }

        /// <summary>Never the guest's data.</summary>
        public override string ToString() => "GuestEvent(redacted)";
    }
}
