using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>What the platform's receiver does with a delivery, written from CustomApis/README.md ("Verifying a
    /// delivery") and not from the plug-in's code, so a test that passes shows the two agree.</summary>
    internal static class ReceiverVerification
    {
        public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

        public static bool Verify(string secret, string timestamp, string signature, string body, DateTimeOffset now)
        {
            if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
            {
                return false;
            }

            var expected = "v1=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body))).ToLowerInvariant();
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
        }

        public static bool Verify(string secret, Delivery delivery, DateTimeOffset now) =>
            delivery.Headers.TryGetValue("X-Wifi-Timestamp", out var timestamp)
            && delivery.Headers.TryGetValue("X-Wifi-Signature", out var signature)
            && Verify(secret, timestamp, signature, delivery.Body, now);
    }
}
