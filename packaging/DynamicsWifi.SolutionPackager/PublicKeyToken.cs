using System;
using System.Security.Cryptography;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>The 8-byte token of a strong-name public key: the last 8 bytes of its SHA-1, reversed (ECMA-335 II.6.2.1.3).</summary>
    public static class PublicKeyToken
    {
        public static string Of(byte[] publicKey)
        {
            var hash = SHA1.HashData(publicKey);
            var token = hash.AsSpan(hash.Length - 8).ToArray();
            Array.Reverse(token);
            return Convert.ToHexString(token).ToLowerInvariant();
        }
    }
}
