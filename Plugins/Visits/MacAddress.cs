using System;
using System.Text;

namespace DynamicsWifi.Plugins.Visits
{
    /// <summary>A device's MAC address in the form the daily hash takes: six lowercase hex pairs joined by colons
    /// ("a4:5e:60:c2:11:0b"). Read from colon, dash or Cisco dot notation, or twelve bare hex digits. Never an
    /// identity (phones randomise it): it only links one day's sessions of a device (DESIGN.md 3).</summary>
    public sealed class MacAddress
    {
        private MacAddress(string value)
        {
            Value = value;
        }

        public string Value { get; }

        public static bool TryParse(string? raw, out MacAddress? mac)
        {
            mac = null;
            if (raw == null)
            {
                return false;
            }

            var text = raw.Trim();
            if (text.Length != 12 && text.Length != 14 && text.Length != 17)
            {
                return false;
            }

            var digits = new StringBuilder(12);
            foreach (var c in text)
            {
                if (IsHex(c))
                {
                    digits.Append(char.ToLowerInvariant(c));
                }
                else if (c != ':' && c != '-' && c != '.')
                {
                    return false;
                }
            }

            if (digits.Length != 12 || !HasSeparatorsOf(text))
            {
                return false;
            }

            var hex = digits.ToString();
            mac = new MacAddress(string.Join(":", hex.Substring(0, 2), hex.Substring(2, 2), hex.Substring(4, 2), hex.Substring(6, 2), hex.Substring(8, 2), hex.Substring(10, 2)));
            return true;
        }

        /// <summary>Whether the text is 64 hexadecimal characters: a hash the platform computed itself.</summary>
        public static bool IsHash(string? text)
        {
            if (text == null || text.Length != 64)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!IsHex(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Never the address: keeps it out of traces and exception messages by accident.</summary>
        public override string ToString() => "MacAddress(redacted)";

        // aa:bb:cc:dd:ee:ff, aa-bb-..., aabb.ccdd.eeff or aabbccddeeff; one separator kind, at its places.
        private static bool HasSeparatorsOf(string text)
        {
            switch (text.Length)
            {
                case 12:
                    return true;
                case 14:
                    return text[4] == '.' && text[9] == '.';
                default:
                    var separator = text[2];
                    if (separator != ':' && separator != '-')
                    {
                        return false;
                    }

                    for (var i = 2; i < 17; i += 3)
                    {
                        if (text[i] != separator)
                        {
                            return false;
                        }
                    }

                    return true;
            }
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
