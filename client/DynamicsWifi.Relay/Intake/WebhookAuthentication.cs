using System;
using System.Collections.Generic;
using System.Text;
using DynamicsWifi.Client.Consent;

namespace DynamicsWifi.Relay.Intake
{
    /// <summary>Checks a webhook's signature with the scheme of DESIGN.md 4.1 (the client's <see cref="WebhookSignature"/>:
    /// X-Wifi-Timestamp within five minutes, X-Wifi-Signature "v1=" + HMAC-SHA256 over timestamp + "." + body). Several
    /// secrets may be valid at once, so a secret can be rotated without refusing webhooks.</summary>
    internal sealed class WebhookAuthentication
    {
        private readonly IReadOnlyList<string> _secrets;

        public WebhookAuthentication(IReadOnlyList<string> secrets)
        {
            if (secrets.Count == 0)
            {
                throw new ArgumentException("The relay needs at least one webhook signing secret.", nameof(secrets));
            }

            _secrets = secrets;
        }

        /// <summary>Null when the webhook is authentic and fresh, else why it is refused (no secret in it).</summary>
        public string? Refusal(string? timestamp, string? signature, byte[] body, DateTimeOffset now)
        {
            var text = Encoding.UTF8.GetString(body);
            string? refusal = null;
            foreach (var secret in _secrets)
            {
                refusal = WebhookSignature.Check(secret, timestamp, signature, text, now);
                if (refusal == null)
                {
                    return null;
                }
            }

            return refusal;
        }
    }
}
