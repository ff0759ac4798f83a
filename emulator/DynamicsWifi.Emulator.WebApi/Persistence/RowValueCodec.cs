using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DynamicsWifi.Emulator.Journaling;

namespace DynamicsWifi.Emulator.WebApi.Persistence
{
    /// <summary>A stored row's values as one JSON object, each value tagged with its SDK type by the emulator's
    /// <see cref="SdkValueJson"/> so it comes back exactly; a type it does not know is refused, never dropped.</summary>
    internal static class RowValueCodec
    {
        public static string Encode(IReadOnlyDictionary<string, object?> values) => SdkValueJson.WriteAll(values).ToJsonString();

        public static IReadOnlyDictionary<string, object?> Decode(string json) =>
            SdkValueJson.ReadAll(JsonNode.Parse(json)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }
}
