using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Consent;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>What a login changes on its contact (DESIGN.md 3 and 4.1): a name, gender, birth date or guest id the
    /// login states differently; an email or mobile the contact lacks (never overwritten: the CRM's own data wins);
    /// and consent, when the login's consent timestamp is newer than the one held (ConsentStatement.IsNewer, the rule
    /// the consent step guards saves with). CanReceiveEmail=false sets donotbulkemail, true clears it; donotemail is
    /// never touched (only a person in Dynamics sets it). Each channel a statement flips (ChannelChange.Between, as
    /// the consent step decides it) is kept on the contact as its ledger row (ConsentChange.StatedAtLogin).</summary>
    public static class ContactChanges
    {
        /// <summary>Applies the login to the contact and returns the fields it changed (none: nothing to write).</summary>
        public static IReadOnlyCollection<ContactField> Apply(ContactState contact, GuestEvent guest)
        {
            var heldGuestId = contact.GuestId;
            var changed = new List<ContactField>();
            Set(changed, ContactField.FirstName, contact.FirstName, guest.FirstName, value => contact.FirstName = value);
            Set(changed, ContactField.LastName, contact.LastName, guest.LastName, value => contact.LastName = value);
            if (contact.Email == null && guest.Identity.Email != null)
            {
                contact.Email = guest.Identity.Email.Value;
                changed.Add(ContactField.Email);
            }

            if (contact.Mobile == null && guest.Identity.Phone != null)
            {
                contact.Mobile = guest.Identity.Phone.Value;
                changed.Add(ContactField.Mobile);
            }

            if (guest.Gender != Gender.NotStated && contact.Gender != guest.Gender)
            {
                contact.Gender = guest.Gender;
                changed.Add(ContactField.Gender);
            }

            if (guest.DateOfBirth.HasValue && contact.BirthDate != guest.DateOfBirth)
            {
                contact.BirthDate = guest.DateOfBirth;
                changed.Add(ContactField.BirthDate);
            }

            Set(changed, ContactField.GuestId, contact.GuestId, guest.GuestId, value => contact.GuestId = value);
            ApplyConsent(contact, guest, heldGuestId, changed);
            return changed;
        }

        private static void ApplyConsent(ContactState contact, GuestEvent guest, string? heldGuestId, List<ContactField> changed)
        {
            if (!guest.CanReceiveEmail.HasValue)
            {
                return;
            }

            var givenAt = guest.ConsentTimestamp ?? guest.SessionStart;
            if (!ConsentStatement.IsNewer(givenAt, contact.ConsentDate))
            {
                return;
            }

            var before = contact.Consent;
            var doNotBulkEmail = !guest.CanReceiveEmail.Value;
            if (contact.DoNotBulkEmail != doNotBulkEmail)
            {
                contact.DoNotBulkEmail = doNotBulkEmail;
                changed.Add(ContactField.DoNotBulkEmail);
            }

            contact.ConsentDate = givenAt;
            changed.Add(ContactField.ConsentDate);
            if (guest.ConsentChannel != null && guest.ConsentChannel != contact.ConsentChannel)
            {
                contact.ConsentChannel = guest.ConsentChannel;
                changed.Add(ContactField.ConsentChannel);
            }

            contact.AddConsentChanges(ChannelChange.Between(before, contact.Consent)
                .Select(change => ConsentChange.StatedAtLogin(contact.Id, heldGuestId, change, givenAt, contact.ConsentChannel)));
        }

        private static void Set(List<ContactField> changed, ContactField field, string? current, string? stated, System.Action<string> assign)
        {
            if (stated != null && !string.Equals(current, stated, System.StringComparison.Ordinal))
            {
                assign(stated);
                changed.Add(field);
            }
        }
    }
}
