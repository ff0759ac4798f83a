using System;
using DynamicsWifi.Plugins.Aggregates;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The contact columns the ingest reads and may change, as stored (DESIGN.md 2). Mutable only inside the
    /// recorder's working copy, so later events of a batch see what earlier ones changed.</summary>
    public sealed class ContactState
    {
        public ContactState(Guid id)
        {
            Id = id;
        }

        public Guid Id { get; }

        public string? IdentityKey { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        public string? Mobile { get; set; }

        public Gender Gender { get; set; }

        public DateTime? BirthDate { get; set; }

        public string? GuestId { get; set; }

        public bool? DoNotBulkEmail { get; set; }

        public bool? DoNotEmail { get; set; }

        public DateTime? ConsentDate { get; set; }

        public string? ConsentChannel { get; set; }

        public DateTime CreatedOn { get; set; }

        /// <summary>The user who created the contact (empty when unknown).</summary>
        public Guid CreatedBy { get; set; }

        /// <summary>The visit aggregates as the contact holds them (empty columns as empty).</summary>
        public WifiAggregates Aggregates { get; set; } = WifiAggregates.None;

        /// <summary>The row's version when read: the batch writes the contact only if no one wrote it since.</summary>
        public string? RowVersion { get; set; }

        /// <summary>Marketing email allowed: neither bulk email nor all email refused.</summary>
        public bool MarketingConsent => DoNotBulkEmail != true && DoNotEmail != true;

        /// <summary>The contact a new guest gets: every profile field of the login that created it.</summary>
        public static ContactState ForNewGuest(Guid id, GuestEvent guest, DateTime utcNow)
        {
            var state = new ContactState(id)
            {
                IdentityKey = guest.Identity.Key.Value,
                Email = guest.Identity.Email?.Value,
                Mobile = guest.Identity.Phone?.Value,
                CreatedOn = utcNow,
            };
            ContactChanges.Apply(state, guest);
            return state;
        }

        public ContactState Copy() => (ContactState)MemberwiseClone();

        public override string ToString() => "ContactState(" + Id + ")";
    }
}
