using DynamicsWifi.Plugins.Identity;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    internal sealed class FakeWifiSettings : IWifiSettings
    {
        private readonly string? _defaultCountry;

        public FakeWifiSettings(string? defaultCountry)
        {
            _defaultCountry = defaultCountry;
        }

        public int Reads { get; private set; }

        public string? ReadDefaultCountry()
        {
            Reads++;
            return _defaultCountry;
        }
    }
}
