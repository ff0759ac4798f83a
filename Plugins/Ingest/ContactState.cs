using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Consent;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The contact columns the ingest reads and may change, as stored (DESIGN.md 2). Mutable only inside the
    /// recorder's working copy, so later events of a batch see what earlier ones changed.</summary>
    public sealed class ContactState
    {
        private List<ConsentChange> _consentChanges = new List<ConsentChange>();

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

        /// <summary>The consent held, as the ledger compares it (logins never touch donotphone, so it reads as held).</summary>
        public ContactConsent Consent => new ContactConsent
        {
            DoNotEmail = DoNotEmail == true, DoNotBulkEmail = DoNotBulkEmail == true, StatedOn = ConsentDate,
        };

        /// <summary>The ledger rows of the logins' consent statements applied to this copy, in order: one per channel
        /// each flipped (<see cref="ContactChanges"/>). The batch recording writes them with the contact.</summary>
        public IReadOnlyList<ConsentChange> ConsentChanges => _consentChanges;

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

        public ContactState Copy()
        {
            var copy = (ContactState)MemberwiseClone();
            copy._consentChanges = new List<ConsentChange>(_consentChanges);
            return copy;
        }

        internal void AddConsentChanges(IEnumerable<ConsentChange> changes) => _consentChanges.AddRange(changes);

        public override string ToString() => "ContactState(" + Id + ")";
    }
}
