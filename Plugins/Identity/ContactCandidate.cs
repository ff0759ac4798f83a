using System;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>A contact that may be the guest: it holds the guest's identity key, or one of its email columns or its
    /// mobile matches. Only what resolution needs; no column is shown in a trace.</summary>
    public sealed class ContactCandidate
    {
        public ContactCandidate(Guid id, string? key, string? email1, string? email2, string? email3, string? mobile, DateTime createdOn, bool isActive)
        {
            Id = id;
            Key = key;
            Email1 = email1;
            Email2 = email2;
            Email3 = email3;
            Mobile = mobile;
            CreatedOn = createdOn;
            IsActive = isActive;
        }

        public Guid Id { get; }

        public string? Key { get; private set; }

        public string? Email1 { get; }

        public string? Email2 { get; }

        public string? Email3 { get; }

        public string? Mobile { get; }

        public DateTime CreatedOn { get; }

        public bool IsActive { get; }

        /// <summary>Whether one of its three email columns holds the address (compared as Dataverse compares text:
        /// ignoring case and surrounding spaces).</summary>
        public bool HasEmail(EmailAddress email) => Same(Email1, email.Value) || Same(Email2, email.Value) || Same(Email3, email.Value);

        /// <summary>Whether its mobile is the number in E.164 (the form our writes and the platform use).</summary>
        public bool HasMobile(PhoneNumber phone) => Same(Mobile, phone.Value);

        /// <summary>Records that this contact now holds <paramref name="key"/> (a stamp planned or written).</summary>
        public void HoldKey(IdentityKey key) => Key = key.Value;

        public override string ToString() => "ContactCandidate(" + Id + ")";

        private static bool Same(string? column, string value) =>
            column != null && string.Equals(column.Trim(), value, StringComparison.OrdinalIgnoreCase);
    }
}
