using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DynamicsWifi.Plugins.Visits
{
    /// <summary>What a session row stores for a device (DESIGN.md 3): lowercase hex
    /// HMAC-SHA256(key, "yyyy-MM-dd" of the session's UTC start + normalised MAC), the key being the UTF-8 bytes of
    /// the MacHashKey secret. The same device hashes alike within one UTC day and differently the next, so sessions
    /// of one day link and no device can be followed across days.</summary>
    public static class DailyMacHash
    {
        public static string Of(MacAddress mac, DateTime sessionStartUtc, string secret)
        {
            if (mac == null)
            {
                throw new ArgumentNullException(nameof(mac));
            }

            if (string.IsNullOrEmpty(secret))
            {
                throw new ArgumentException("The MAC hashing key is empty.", nameof(secret));
            }

            var message = sessionStartUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + mac.Value;
            using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
            {
                var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(message));
                var hex = new StringBuilder(hash.Length * 2);
                foreach (var b in hash)
                {
                    hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }
    }
}
