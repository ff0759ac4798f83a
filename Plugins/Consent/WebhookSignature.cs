using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>The signing scheme of DESIGN.md 4.1: <c>v1=</c> + lowercase hex HMAC-SHA256, keyed with the shared
    /// secret, over the Unix-seconds timestamp, a dot and the body (UTF-8).</summary>
    public static class WebhookSignature
    {
        public const string TimestampHeader = "X-Wifi-Timestamp";
        public const string SignatureHeader = "X-Wifi-Signature";
        public const string IdempotencyKeyHeader = "Idempotency-Key";
        public const string Version = "v1=";

        public static string UnixSeconds(DateTime utc) =>
            ((long)(DateTime.SpecifyKind(utc, DateTimeKind.Utc) - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds).ToString(CultureInfo.InvariantCulture);

        public static string Sign(string secret, string timestamp, string body)
        {
            using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
            {
                var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + body));
                var hex = new StringBuilder(Version, Version.Length + hash.Length * 2);
                foreach (var b in hash)
                {
                    hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }
    }
}
