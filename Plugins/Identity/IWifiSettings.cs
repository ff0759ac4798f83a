namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>The administrator's settings (environment variables); each read may cost a service call.</summary>
    public interface IWifiSettings
    {
        /// <summary>The ISO 3166-1 alpha-2 country of phone numbers written without a country code, or null.</summary>
        string? ReadDefaultCountry();
    }
}
