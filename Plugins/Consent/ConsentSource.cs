namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>cr_source option values: where a consent change was made.</summary>
    public static class ConsentSource
    {
        /// <summary>Reported by the WiFi platform (a login's CanReceiveEmail, or cr_UpdateWifiConsent).</summary>
        public const int Portal = 582140000;

        /// <summary>Made in Dynamics; sent to the platform.</summary>
        public const int Dynamics = 582140001;
    }
}
