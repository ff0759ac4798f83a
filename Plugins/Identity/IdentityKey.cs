using System;
using System.Security.Cryptography;
using System.Text;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>The value of contact.cr_wifi_identitykey: "email-" or "tel-" and the lowercase hex SHA-256 of the
    /// normalised identity (DESIGN.md 3). Hashed so the alternate key is addressable through the Web API
    /// (emails and E.164 numbers hold '+', '%', '&amp;'...) and the key column holds no readable PII.</summary>
    public sealed class IdentityKey : IEquatable<IdentityKey>
    {
        public const string EmailPrefix = "email-";
        public const string PhonePrefix = "tel-";

        private IdentityKey(string value)
        {
            Value = value;
        }

        public string Value { get; }

        public static IdentityKey ForEmail(EmailAddress email) => new IdentityKey(EmailPrefix + Sha256Hex(email.Value));

        public static IdentityKey ForPhone(PhoneNumber phone) => new IdentityKey(PhonePrefix + Sha256Hex(phone.Value));

        /// <summary>The guest's identity: the email when it is valid, else the mobile, else none.</summary>
        public static IdentityKey? From(EmailAddress? email, PhoneNumber? phone)
        {
            if (email != null)
            {
                return ForEmail(email);
            }

            return phone != null ? ForPhone(phone) : null;
        }

        private static string Sha256Hex(string text)
        {
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
                var hex = new StringBuilder(hash.Length * 2);
                foreach (var b in hash)
                {
                    hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }

        public bool Equals(IdentityKey? other) => other != null && Value == other.Value;

        public override bool Equals(object? obj) => Equals(obj as IdentityKey);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <summary>Never the hash: an unsalted hash of a known email is still personal data, so traces name
        /// contact ids instead.</summary>
        public override string ToString() => "IdentityKey(redacted)";
    }
}
