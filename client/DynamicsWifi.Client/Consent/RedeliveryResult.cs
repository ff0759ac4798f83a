using System.Collections.Generic;

namespace DynamicsWifi.Client.Consent
{
    /// <summary>cr_RedeliverWifiConsentChanges' answer: its response properties by name (counts of changes delivered,
    /// failed, still pending, as the environment's API defines them).</summary>
    public sealed class RedeliveryResult
    {
        public RedeliveryResult(IReadOnlyDictionary<string, string> properties)
        {
            Properties = properties;
        }

        public IReadOnlyDictionary<string, string> Properties { get; }
    }
}
