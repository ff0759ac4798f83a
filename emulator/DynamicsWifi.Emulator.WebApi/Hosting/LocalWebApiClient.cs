using System;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>One app registration of the local host: client id and secret, and the security role its application
    /// user holds.</summary>
    public sealed class LocalWebApiClient
    {
        public LocalWebApiClient(Guid clientId, string secret, string roleName)
        {
            ClientId = clientId;
            Secret = secret;
            RoleName = roleName;
        }

        public Guid ClientId { get; }

        public string Secret { get; }

        public string RoleName { get; }
    }
}
