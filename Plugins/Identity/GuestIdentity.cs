namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>Who a guest is, as a login states it: the normalised email and mobile given, and the identity key
    /// they make (the email's when there is one, else the mobile's: DESIGN.md 3).</summary>
    public sealed class GuestIdentity
    {
        public GuestIdentity(EmailAddress? email, PhoneNumber? phone)
        {
            Email = email;
            Phone = phone;
            Key = IdentityKey.From(email, phone)
                ?? throw new System.ArgumentException("A guest identity needs an email or a mobile.");
        }

        public EmailAddress? Email { get; }

        public PhoneNumber? Phone { get; }

        public IdentityKey Key { get; }

        /// <summary>Never the email or phone.</summary>
        public override string ToString() => "GuestIdentity(redacted)";
    }
}
