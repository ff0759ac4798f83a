using System;
using System.Text.RegularExpressions;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>A guest's email address, trimmed and lowercased: the first choice of identity (DESIGN.md 3).</summary>
    public sealed class EmailAddress : IEquatable<EmailAddress>
    {
        /// <summary>emailaddress1..3 on contact hold at most 100 characters.</summary>
        public const int MaxLength = 100;

        // Local part: the dot-atom of RFC 5322 (no quoted strings, no comments); domain: dot-separated
        // LDH labels ending in an alphabetic TLD. Stricter than the RFC, as captive portals are.
        private static readonly Regex Shape = new Regex(
            @"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
            RegexOptions.CultureInvariant);

        private EmailAddress(string value)
        {
            Value = value;
        }

        /// <summary>The normalised address: what the identity key hashes and what is stored.</summary>
        public string Value { get; }

        public static bool TryParse(string? raw, out EmailAddress? email)
        {
            email = null;
            if (raw == null)
            {
                return false;
            }

            var candidate = raw.Trim().ToLowerInvariant();
            if (candidate.Length == 0 || candidate.Length > MaxLength)
            {
                return false;
            }

            var at = candidate.IndexOf('@');
            if (at < 1 || at > 64 || !Shape.IsMatch(candidate))
            {
                return false;
            }

            email = new EmailAddress(candidate);
            return true;
        }

        public bool Equals(EmailAddress? other) => other != null && Value == other.Value;

        public override bool Equals(object? obj) => Equals(obj as EmailAddress);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <summary>Never the address itself: keeps it out of traces and exception messages by accident.</summary>
        public override string ToString() => "EmailAddress(redacted)";
    }
}
