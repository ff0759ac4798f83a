using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DynamicsWifi.Client.Consent
{
    /// <summary>The signing scheme of the consent callback (DESIGN.md 4.1): X-Wifi-Timestamp (Unix seconds),
    /// X-Wifi-Signature "v1=" + lowercase hex HMAC-SHA256(secret, timestamp + "." + body), Idempotency-Key (the event id).
    /// A receiver refuses a timestamp more than five minutes off.</summary>
    public static class WebhookSignature
    {
        public const string TimestampHeader = "X-Wifi-Timestamp";
        public const string SignatureHeader = "X-Wifi-Signature";
        public const string IdempotencyHeader = "Idempotency-Key";
        public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

        public static string Sign(string secret, string timestamp, string body)
        {
            using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
            {
                var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + body));
                return "v1=" + BitConverter.ToString(hash).Replace("-", string.Empty).ToLowerInvariant();
            }
        }

        /// <summary>Null when the request is authentic and fresh, else why it is refused.</summary>
        public static string? Check(string secret, string? timestamp, string? signature, string body, DateTimeOffset now)
        {
            if (timestamp == null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return "missing or malformed " + TimestampHeader;
            }

            if (Math.Abs((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).TotalSeconds) > Tolerance.TotalSeconds)
            {
                return TimestampHeader + " more than 5 minutes off";
            }

            var expected = Sign(secret, timestamp, body);
            if (signature == null || signature.Length != expected.Length || !FixedTimeEquals(expected, signature))
            {
                return "signature does not match";
            }

            return null;
        }

        private static bool FixedTimeEquals(string a, string b)
        {
            var difference = 0;
            for (var i = 0; i < a.Length; i++)
            {
                difference |= a[i] ^ b[i];
            }

            return difference == 0;
        }
    }
}
