namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>cr_deliverystatus option values (DESIGN.md 2), as Solution/customizations.xml declares them.</summary>
    public static class DeliveryStatus
    {
        /// <summary>Made in Dynamics, not yet accepted by the platform.</summary>
        public const int Pending = 582140000;

        public const int Delivered = 582140001;

        /// <summary>The platform refused it for good (a 4xx other than 408 and 429).</summary>
        public const int Failed = 582140002;

        /// <summary>Dataverse's retries are used up; waiting for cr_RedeliverWifiConsentChanges.</summary>
        public const int Exhausted = 582140003;

        /// <summary>Came from the platform: nothing to send back.</summary>
        public const int NotNeeded = 582140004;

        /// <summary>Older than the consent already held: recorded, changed nothing.</summary>
        public const int Ignored = 582140005;

        /// <summary>Rows a delivery (or a redelivery) still has to send.</summary>
        public static bool AwaitsDelivery(int status) => status == Pending || status == Exhausted;
    }
}
