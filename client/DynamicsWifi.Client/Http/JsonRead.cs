using System;
using System.Globalization;
using System.Text.Json;

namespace DynamicsWifi.Client.Http
{
    /// <summary>Typed reads of Web API JSON properties that may be absent or null.</summary>
    internal static class JsonRead
    {
        public static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
                : null;

        public static Guid? Guid(JsonElement element, string name) =>
            Text(element, name) is string text && System.Guid.TryParse(text, out var id) ? id : (Guid?)null;

        public static int? Int(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : (int?)null;

        public static bool Bool(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

        public static DateTime? Date(JsonElement element, string name) =>
            Text(element, name) is string text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date : (DateTime?)null;
    }
}
