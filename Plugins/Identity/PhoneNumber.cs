using System;
using System.Text;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>A guest's mobile number in E.164 form ("+447700900123"): the identity when no email is given.</summary>
    public sealed class PhoneNumber : IEquatable<PhoneNumber>
    {
        /// <summary>mobilephone on contact holds at most 50 characters.</summary>
        public const int MaxLength = 50;

        // E.164 caps a number at 15 digits. A few tiny plans (Niue, Tokelau) have 7-digit numbers, but a
        // 7-digit entry elsewhere is far likelier a typo, so 8 is the floor.
        private const int MinDigits = 8;
        private const int MaxDigits = 15;

        private PhoneNumber(string e164)
        {
            Value = e164;
        }

        /// <summary>The number in E.164 form: a plus and 8 to 15 digits.</summary>
        public string Value { get; }

        /// <summary>Reads a number written internationally (+44 ..., 0044 ...) or nationally, in which case it
        /// belongs to <paramref name="defaultCountry"/> (ISO 3166-1 alpha-2); spaces, dots, dashes, slashes and
        /// brackets are ignored, anything else makes the number malformed.</summary>
        public static bool TryParse(string? raw, string? defaultCountry, out PhoneNumber? phone)
        {
            phone = null;
            if (raw == null)
            {
                return false;
            }

            var text = raw.Trim();
            if (text.Length == 0 || text.Length > MaxLength || !TryReadDigits(text, out var digits, out var hasPlus))
            {
                return false;
            }

            var international = ToInternationalDigits(digits, hasPlus, defaultCountry);
            if (international == null || !IsPlausible(international))
            {
                return false;
            }

            phone = new PhoneNumber("+" + international);
            return true;
        }

        /// <summary>Whether the number carries its country code (+ or 00), so no default country is needed.</summary>
        public static bool IsWrittenInternationally(string raw)
        {
            var text = raw.TrimStart();
            return text.StartsWith("+", StringComparison.Ordinal) || text.StartsWith("00", StringComparison.Ordinal);
        }

        private static bool TryReadDigits(string text, out string digits, out bool hasPlus)
        {
            var builder = new StringBuilder(text.Length);
            hasPlus = text[0] == '+';
            for (var i = hasPlus ? 1 : 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= '0' && c <= '9')
                {
                    builder.Append(c);
                }
                else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/')
                {
                    digits = string.Empty;
                    return false;
                }
            }

            digits = builder.ToString();
            return digits.Length > 0;
        }

        private static string? ToInternationalDigits(string digits, bool hasPlus, string? defaultCountry)
        {
            if (hasPlus)
            {
                return digits;
            }

            if (digits.StartsWith("00", StringComparison.Ordinal))
            {
                return digits.Substring(2);
            }

            var countryCode = CountryCallingCodes.ForCountry(defaultCountry);
            if (countryCode == null)
            {
                return null;
            }

            var trunk = CountryCallingCodes.TrunkPrefix(defaultCountry!);
            var national = trunk.Length > 0 && digits.StartsWith(trunk, StringComparison.Ordinal)
                ? digits.Substring(trunk.Length)
                : digits;
            return countryCode + national;
        }

        private static bool IsPlausible(string international)
        {
            if (international.Length < MinDigits || international.Length > MaxDigits || international[0] == '0')
            {
                return false;
            }

            if (!CountryCallingCodes.StartsWithKnownCode(international))
            {
                return false;
            }

            // The North American plan: +1 then exactly ten digits.
            return international[0] != '1' || international.Length == 11;
        }

        public bool Equals(PhoneNumber? other) => other != null && Value == other.Value;

        public override bool Equals(object? obj) => Equals(obj as PhoneNumber);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <summary>Never the number itself: keeps it out of traces and exception messages by accident.</summary>
        public override string ToString() => "PhoneNumber(redacted)";
    }
}
