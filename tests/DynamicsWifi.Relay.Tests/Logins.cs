using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>Webhook events as the WiFi platform posts them, valid unless changed.</summary>
    internal static class Logins
    {
        public static JsonObject Valid(string sessionId, string email) => new JsonObject
        {
            ["SessionId"] = sessionId,
            ["Venue"] = "Stadium",
            ["SessionStart"] = DateTime.UtcNow.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Email"] = email,
            ["FirstName"] = "Ann",
            ["Zone"] = "Gate " + (sessionId.Length % 7),
            ["CanReceiveEmail"] = true,
        };
    }
}
