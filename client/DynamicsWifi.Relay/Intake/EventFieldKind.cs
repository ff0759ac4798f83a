namespace DynamicsWifi.Relay.Intake
{
    /// <summary>The JSON type a field of cr_RecordWifiAuthentication takes in a webhook.</summary>
    internal enum EventFieldKind
    {
        Text,
        Date,
        Boolean,
    }
}
