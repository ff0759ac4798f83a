using System;
using System.Globalization;
using System.Linq;
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

        /// <summary>One webhook body holding <paramref name="count"/> valid logins, sessions s-0, s-1, ...</summary>
        public static JsonArray List(int count, Func<int, string> email) =>
            new JsonArray(Enumerable.Range(0, count).Select(n => (JsonNode)Valid("s-" + n, email(n))).ToArray());
    }
}
