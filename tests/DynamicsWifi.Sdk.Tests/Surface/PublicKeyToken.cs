using System;
using System.Linq;
using System.Security.Cryptography;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>The strong-name token of a public key blob: the last 8 bytes of its SHA-1, reversed, in lower-case hex.</summary>
    internal static class PublicKeyToken
    {
        public static string Of(byte[] publicKey)
        {
            if (publicKey.Length == 0)
            {
                return "null";
            }

            var hash = SHA1.HashData(publicKey);
            return Convert.ToHexString(hash.Skip(hash.Length - 8).Reverse().ToArray()).ToLowerInvariant();
        }
    }
}
