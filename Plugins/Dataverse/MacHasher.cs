using System;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Visits;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Replaces a login's raw MAC with its daily hash before anything is stored (DESIGN.md 3). The MacHashKey
    /// secret is read once per call, and only when a raw MAC arrives. Without the secret the MAC is dropped: a raw
    /// MAC is never stored, and a missing key must not stop guests from being recorded (the trace says so, without
    /// the MAC).</summary>
    public sealed class MacHasher
    {
        private readonly Lazy<string?> _secret;
        private readonly ITracingService _trace;

        public MacHasher(WifiSecretStore secrets, ITracingService trace)
        {
            _secret = new Lazy<string?>(() => secrets.Read(Schema.Secret.MacHashKey));
            _trace = trace;
        }

        public GuestEvent Hash(GuestEvent guest)
        {
            if (guest.Mac == null)
            {
                return guest;
            }

            var secret = _secret.Value;
            if (secret == null)
            {
                _trace.Trace("MacHasher: the MacHashKey secret is not set in cr_wifisecret; the MAC address is dropped, not stored.");
                return guest.WithMacHashed(null);
            }

            return guest.WithMacHashed(DailyMacHash.Of(guest.Mac, guest.SessionStart, secret));
        }
    }
}
