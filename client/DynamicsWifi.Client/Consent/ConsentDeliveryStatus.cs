namespace DynamicsWifi.Client.Consent
{
    /// <summary>cr_wificonsentchange.cr_deliverystatus (DESIGN.md 2), option values in the order DESIGN.md lists them
    /// with the publisher's prefix, as the solution's other choices are numbered.</summary>
    public enum ConsentDeliveryStatus
    {
        Pending = 582140000,
        Delivered = 582140001,
        Failed = 582140002,
        Exhausted = 582140003,
        NotNeeded = 582140004,
        Ignored = 582140005,
    }
}
