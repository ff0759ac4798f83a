using System;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>What a contact's identity looks like after a save in Dynamics: its email and mobile as they will
    /// be stored, and the identity key it holds now.</summary>
    public sealed class ContactIdentityChange
    {
        public ContactIdentityChange(Guid contactId, string? email, string? mobile, string? currentKey)
        {
            ContactId = contactId;
            Email = email;
            Mobile = mobile;
            CurrentKey = currentKey;
        }

        /// <summary>The contact's id; empty on a create whose caller lets Dataverse assign it.</summary>
        public Guid ContactId { get; }

        public string? Email { get; }

        public string? Mobile { get; }

        public string? CurrentKey { get; }
    }
}
