using System.Text.Json;
using System.Text.Json.Serialization;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>How a queued login is stored: the client's GuestEvent as JSON, dates in UTC, unset fields left out.</summary>
    internal static class LoginJson
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

        public static string Write(GuestEvent login) => JsonSerializer.Serialize(login, Options);

        public static GuestEvent Read(string json) => JsonSerializer.Deserialize<GuestEvent>(json, Options) ?? throw new JsonException("A queued login is empty.");
    }
}
