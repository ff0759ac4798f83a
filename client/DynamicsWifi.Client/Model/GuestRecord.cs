using System;

namespace DynamicsWifi.Client.Model
{
    /// <summary>A guest's contact as the WiFi columns describe it (DESIGN.md 2); what the contact does not hold yet is null.</summary>
    public sealed class GuestRecord
    {
        public Guid ContactId { get; set; }

        public string? IdentityKey { get; set; }

        public string? GuestId { get; set; }

        public DateTime? FirstVisit { get; set; }

        public DateTime? LastVisit { get; set; }

        public int? VisitCount { get; set; }

        public int? SessionCount { get; set; }

        public int? TotalDwellMinutes { get; set; }

        public int? AverageDwellMinutes { get; set; }

        public string? ZonePreference { get; set; }

        public bool DoNotBulkEmail { get; set; }

        public bool DoNotEmail { get; set; }

        public DateTime? ConsentDate { get; set; }

        public string? ConsentChannel { get; set; }
    }
}
