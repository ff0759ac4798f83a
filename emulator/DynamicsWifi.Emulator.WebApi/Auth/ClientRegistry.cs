using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Auth
{
    /// <summary>The app registrations of the local authority: one client per security role the organization offers, each
    /// mapped to an application user holding that role, as an admin maps an Entra app registration to an application
    /// user in Dataverse. Client ids are fixed per role name; secrets derive from the host's own secret, so both stay the
    /// same across restarts on one data file.</summary>
    internal sealed class ClientRegistry
    {
        private readonly Dictionary<Guid, RegisteredClient> _clients;

        private ClientRegistry(IEnumerable<RegisteredClient> clients)
        {
            _clients = clients.ToDictionary(client => client.ClientId);
        }

        public IReadOnlyList<RegisteredClient> Clients => _clients.Values.OrderBy(client => client.RoleName, StringComparer.Ordinal).ToList();

        /// <summary>Finds or creates the application user of each role's client.</summary>
        public static ClientRegistry Register(DataverseEmulator emulator, byte[] hostSecret, IEnumerable<string> roleNames)
        {
            var system = emulator.CreateOrganizationService(null);
            var clients = new List<RegisteredClient>();
            foreach (var role in roleNames)
            {
                var clientId = ClientIdOf(role);
                var userId = ExistingUser(system, clientId) ?? emulator.CreateApplicationUser("Web API client: " + role, clientId, role);
                clients.Add(new RegisteredClient(clientId, SecretOf(hostSecret, clientId), userId, role));
            }

            return new ClientRegistry(clients);
        }

        public RegisteredClient? Find(Guid clientId) => _clients.TryGetValue(clientId, out var client) ? client : null;

        /// <summary>The client, when the secret is its own (compared in constant time).</summary>
        public RegisteredClient? Authenticate(string clientId, string secret) =>
            Guid.TryParse(clientId, out var id) && Find(id) is { } client &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.Secret), Encoding.UTF8.GetBytes(secret))
                ? client
                : null;

        public static Guid ClientIdOf(string roleName)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("DynamicsWifi.Emulator.WebApi client|" + roleName)).AsSpan(0, 16).ToArray();
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }

        private static string SecretOf(byte[] hostSecret, Guid clientId) =>
            "dwl~" + Base64UrlEncoder.Encode(HMACSHA256.HashData(hostSecret, clientId.ToByteArray())).Substring(0, 36);

        private static Guid? ExistingUser(IOrganizationService system, Guid applicationId)
        {
            var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false), TopCount = 1 };
            query.Criteria.AddCondition("applicationid", ConditionOperator.Equal, applicationId);
            var found = system.RetrieveMultiple(query).Entities;
            return found.Count > 0 ? found[0].Id : null;
        }
    }
}
