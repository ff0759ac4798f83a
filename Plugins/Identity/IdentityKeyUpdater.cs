using System;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>Keeps a contact's identity key in step with the email and mobile edited in Dynamics (DESIGN.md 3):
    /// the key follows the identity and is never taken from a contact that holds it. A save fails because of the key in
    /// one case only: another save of the same identity commits between this check and this save's own commit; the
    /// database then refuses the second key (DuplicateRecordEntityKey) and the retry, seeing the holder, saves without
    /// it (SyncIdentityKeyOnContactChange says why the window cannot be closed from the save's step).</summary>
    public sealed class IdentityKeyUpdater
    {
        private readonly IContactStore _contacts;
        private readonly IWifiSettings _settings;

        public IdentityKeyUpdater(IContactStore contacts, IWifiSettings settings)
        {
            _contacts = contacts;
            _settings = settings;
        }

        public IdentityKeyDecision Decide(ContactIdentityChange change)
        {
            var desired = DesiredKey(change, out var source);
            if (desired == null)
            {
                return change.CurrentKey == null
                    ? IdentityKeyDecision.Keep("no valid email or mobile; no key")
                    : IdentityKeyDecision.Clear("no valid email or mobile; key cleared");
            }

            if (string.Equals(desired.Value, change.CurrentKey, StringComparison.Ordinal))
            {
                return IdentityKeyDecision.Keep("key already matches the " + source);
            }

            var holder = _contacts.FindContactIdByIdentityKey(desired, change.ContactId);
            if (holder.HasValue)
            {
                return IdentityKeyDecision.HeldByAnother(holder.Value, clearOwnKey: change.CurrentKey != null);
            }

            return IdentityKeyDecision.Set(desired, "key set from the " + source);
        }

        private IdentityKey? DesiredKey(ContactIdentityChange change, out string source)
        {
            if (EmailAddress.TryParse(change.Email, out var email))
            {
                source = "email";
                return IdentityKey.ForEmail(email!);
            }

            source = "mobile";
            if (string.IsNullOrWhiteSpace(change.Mobile))
            {
                return null;
            }

            var country = PhoneNumber.IsWrittenInternationally(change.Mobile!) ? null : _settings.ReadDefaultCountry();
            return PhoneNumber.TryParse(change.Mobile, country, out var phone) ? IdentityKey.ForPhone(phone!) : null;
        }
    }
}
