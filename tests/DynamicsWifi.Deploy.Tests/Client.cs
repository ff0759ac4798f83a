namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>An app registration the local host printed: client id and secret.</summary>
    internal sealed record Client(string ClientId, string Secret);
}
