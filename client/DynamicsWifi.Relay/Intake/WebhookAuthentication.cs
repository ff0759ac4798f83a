using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace DynamicsWifi.Relay.Intake
{
    /// <summary>Checks a webhook's signature as DESIGN.md 4.1 defines it: X-Wifi-Timestamp (Unix seconds) within five
    /// minutes of now, X-Wifi-Signature "v1=" + lowercase hex HMAC-SHA256(secret, timestamp + "." + body), compared in
    /// constant time. Several secrets may be valid at once, so a secret can be rotated without refusing webhooks.</summary>
    internal sealed class WebhookAuthentication
    {
        public const string TimestampHeader = "X-Wifi-Timestamp";
        public const string SignatureHeader = "X-Wifi-Signature";
        private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
        private readonly IReadOnlyList<byte[]> _secrets;

        public WebhookAuthentication(IReadOnlyList<string> secrets)
        {
            if (secrets.Count == 0)
            {
                throw new ArgumentException("The relay needs at least one webhook signing secret.", nameof(secrets));
            }

            _secrets = secrets.Select(secret => Encoding.UTF8.GetBytes(secret)).ToArray();
        }

        /// <summary>Null when the webhook is authentic and fresh, else why it is refused (no secret in it).</summary>
        public string? Refusal(string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
        {
            if (timestamp == null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return "Missing or malformed " + TimestampHeader + ".";
            }

            if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > Tolerance.TotalSeconds)
            {
                return TimestampHeader + " is more than 5 minutes off.";
            }

            if (signature == null || !signature.StartsWith("v1=", StringComparison.Ordinal))
            {
                return "Missing or malformed " + SignatureHeader + ".";
            }

            byte[] given;
            try
            {
                given = Convert.FromHexString(signature.AsSpan(3));
            }
            catch (FormatException)
            {
                return "Missing or malformed " + SignatureHeader + ".";
            }

            var signed = Signed(timestamp, body);
            foreach (var secret in _secrets)
            {
                if (CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(secret, signed), given))
                {
                    return null;
                }
            }

            return "The signature does not match.";
        }

        /// <summary>The header value a sender puts in X-Wifi-Signature.</summary>
        public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
        {
            return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Signed(timestamp, body)));
        }

        private static byte[] Signed(string timestamp, ReadOnlySpan<byte> body)
        {
            var signed = new byte[timestamp.Length + 1 + body.Length];
            Encoding.ASCII.GetBytes(timestamp + ".", signed);
            body.CopyTo(signed.AsSpan(timestamp.Length + 1));
            return signed;
        }
    }
}
