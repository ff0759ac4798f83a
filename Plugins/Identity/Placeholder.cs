namespace DynamicsWifi.Plugins.Identity
{
    internal static class Placeholder { }
}
