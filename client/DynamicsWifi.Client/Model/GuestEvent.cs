using System;

namespace DynamicsWifi.Client.Model
{
    /// <summary>One captive-portal login with the field names of cr_RecordWifiAuthentication (DESIGN.md 4); the same
    /// object is a single call's body and an item of a batch's Events. Unset fields are not sent.</summary>
    public sealed class GuestEvent
    {
        public string? SessionId { get; set; }

        public string? Venue { get; set; }

        public DateTime? SessionStart { get; set; }

        public DateTime? SessionEnd { get; set; }

        public DateTime? JourneyTime { get; set; }

        public string? Email { get; set; }

        public string? Mobile { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Gender { get; set; }

        public string? DateOfBirth { get; set; }

        public bool? CanReceiveEmail { get; set; }

        public DateTime? ConsentTimestamp { get; set; }

        public string? ConsentChannel { get; set; }

        public string? GuestId { get; set; }

        public string? Zone { get; set; }

        public string? MacAddress { get; set; }

        public string? MacHash { get; set; }

        public string? AuthMethod { get; set; }
    }
}
