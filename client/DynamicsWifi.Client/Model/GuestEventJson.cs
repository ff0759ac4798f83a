using System;
using System.Globalization;
using System.Text.Json;

namespace DynamicsWifi.Client.Model
{
    /// <summary>Writes a <see cref="GuestEvent"/> as the JSON object both record APIs read: strings, dates as ISO 8601 UTC
    /// with Z, CanReceiveEmail as a boolean; unset fields left out.</summary>
    internal static class GuestEventJson
    {
        public static void Write(Utf8JsonWriter json, GuestEvent login)
        {
            json.WriteStartObject();
            Text(json, "SessionId", login.SessionId);
            Text(json, "Venue", login.Venue);
            Date(json, "SessionStart", login.SessionStart);
            Date(json, "SessionEnd", login.SessionEnd);
            Date(json, "JourneyTime", login.JourneyTime);
            Text(json, "Email", login.Email);
            Text(json, "Mobile", login.Mobile);
            Text(json, "FirstName", login.FirstName);
            Text(json, "LastName", login.LastName);
            Text(json, "Gender", login.Gender);
            Text(json, "DateOfBirth", login.DateOfBirth);
            if (login.CanReceiveEmail.HasValue)
            {
                json.WriteBoolean("CanReceiveEmail", login.CanReceiveEmail.Value);
            }

            Date(json, "ConsentTimestamp", login.ConsentTimestamp);
            Text(json, "ConsentChannel", login.ConsentChannel);
            Text(json, "GuestId", login.GuestId);
            Text(json, "Zone", login.Zone);
            Text(json, "MacAddress", login.MacAddress);
            Text(json, "MacHash", login.MacHash);
            Text(json, "AuthMethod", login.AuthMethod);
            json.WriteEndObject();
        }

        public static string Utc(DateTime value) =>
            (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static void Text(Utf8JsonWriter json, string name, string? value)
        {
            if (value != null)
            {
                json.WriteString(name, value);
            }
        }

        private static void Date(Utf8JsonWriter json, string name, DateTime? value)
        {
            if (value.HasValue)
            {
                json.WriteString(name, Utc(value.Value));
            }
        }
    }
}
