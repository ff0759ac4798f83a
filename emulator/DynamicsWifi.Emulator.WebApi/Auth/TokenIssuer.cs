using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>Issues and checks the access tokens of the local authority, shaped as Entra ID's v2 app-only tokens: RS256,
    /// the authority as issuer, the service's URL as audience, appid/azp for the client, oid for its application user,
    /// an hour of life (learn.microsoft.com/entra/identity-platform/access-token-claims-reference). A valid token is
    /// checked once and then remembered until it expires, so a busy client does not pay a signature check per request.</summary>
    internal sealed class TokenIssuer
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
        private const int RememberedTokens = 10_000;

        private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
        private readonly RsaSecurityKey _key;
        private readonly TokenValidationParameters _validation;
        private readonly ConcurrentDictionary<string, (Guid ClientId, DateTime Expires)> _checked = new(StringComparer.Ordinal);

        public TokenIssuer(RSA signingKey, string issuer, string audience)
        {
            _key = new RsaSecurityKey(signingKey) { KeyId = KeyIdOf(signingKey) };
            Issuer = issuer;
            Audience = audience;
            _validation = new TokenValidationParameters
            {
                ValidIssuer = issuer,
                ValidAudience = audience,
                IssuerSigningKey = _key,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        }

        public string Issuer { get; }

        public string Audience { get; }

        public string Issue(RegisteredClient client, string tenantId) => Issue(client, tenantId, DateTime.UtcNow);

        /// <summary>A token as it was issued at <paramref name="now"/> (in the past: one that has expired since).</summary>
        public string Issue(RegisteredClient client, string tenantId, DateTime now)
        {
            return _handler.CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = Audience,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.Add(Lifetime),
                Claims = new Dictionary<string, object>
                {
                    ["appid"] = client.ClientId.ToString("D"),
                    ["azp"] = client.ClientId.ToString("D"),
                    ["oid"] = client.UserId.ToString("D"),
                    ["sub"] = client.UserId.ToString("D"),
                    ["tid"] = tenantId,
                    ["idtyp"] = "app",
                    ["ver"] = "2.0",
                },
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
        }

        /// <summary>The client a valid token was issued to; null for a token that is malformed, forged, expired, or for
        /// another audience.</summary>
        public async Task<Guid?> ClientOf(string token)
        {
            if (_checked.TryGetValue(token, out var known))
            {
                if (known.Expires > DateTime.UtcNow)
                {
                    return known.ClientId;
                }

                _checked.TryRemove(token, out _);
                return null;
            }

            var result = await _handler.ValidateTokenAsync(token, _validation).ConfigureAwait(false);
            if (!result.IsValid || !result.Claims.TryGetValue("appid", out var appId) || !Guid.TryParse(appId as string, out var clientId))
            {
                return null;
            }

            if (_checked.Count >= RememberedTokens)
            {
                _checked.Clear();
            }

            _checked[token] = (clientId, result.SecurityToken.ValidTo);
            return clientId;
        }

        /// <summary>The public key as a JSON Web Key Set, for clients that check tokens themselves.</summary>
        public object KeySet()
        {
            var parameters = _key.Rsa.ExportParameters(false);
            return new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = _key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
                },
            };
        }

        private static string KeyIdOf(RSA key) => Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo())).Substring(0, 16);
    }
}
