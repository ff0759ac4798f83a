using System;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>An app registration the local token endpoint knows: its client id and secret, and the application user
    /// (with its security role) its tokens act as in the organization.</summary>
    internal sealed class RegisteredClient
    {
        public RegisteredClient(Guid clientId, string secret, Guid userId, string roleName)
        {
            ClientId = clientId;
            Secret = secret;
            UserId = userId;
            RoleName = roleName;
        }

        public Guid ClientId { get; }

        public string Secret { get; }

        public Guid UserId { get; }

        public string RoleName { get; }
    }
}
