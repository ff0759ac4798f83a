namespace DynamicsWifi.Plugins.Consent
{
    public enum DeliveryOutcomeKind
    {
        Delivered,
        Transient,
        Refused,
    }
}
