using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>A parsed JSON value. Numbers keep their text (no field of ours takes one, so none is converted and
    /// none can overflow); objects keep every member in order, repeated names included, so the caller decides.</summary>
    public sealed class JsonValue
    {
        private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];
        private static readonly IReadOnlyList<KeyValuePair<string, JsonValue>> NoMembers = new KeyValuePair<string, JsonValue>[0];

        private JsonValue(JsonKind kind, string? text, bool boolean, IReadOnlyList<JsonValue>? items, IReadOnlyList<KeyValuePair<string, JsonValue>>? members)
        {
            Kind = kind;
            Text = text;
            Boolean = boolean;
            Items = items ?? NoItems;
            Members = members ?? NoMembers;
        }

        public static JsonValue Null { get; } = new JsonValue(JsonKind.Null, null, false, null, null);

        public static JsonValue True { get; } = new JsonValue(JsonKind.Boolean, null, true, null, null);

        public static JsonValue False { get; } = new JsonValue(JsonKind.Boolean, null, false, null, null);

        public JsonKind Kind { get; }

        /// <summary>The string's value, or the number's text; null for other kinds.</summary>
        public string? Text { get; }

        public bool Boolean { get; }

        public IReadOnlyList<JsonValue> Items { get; }

        public IReadOnlyList<KeyValuePair<string, JsonValue>> Members { get; }

        public static JsonValue String(string value) => new JsonValue(JsonKind.String, value, false, null, null);

        public static JsonValue Number(string text) => new JsonValue(JsonKind.Number, text, false, null, null);

        public static JsonValue Array(IReadOnlyList<JsonValue> items) => new JsonValue(JsonKind.Array, null, false, items, null);

        public static JsonValue Object(IReadOnlyList<KeyValuePair<string, JsonValue>> members) => new JsonValue(JsonKind.Object, null, false, null, members);
    }
}
