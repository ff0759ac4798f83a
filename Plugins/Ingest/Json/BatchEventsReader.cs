using System;
using System.Collections.Generic;
using System.Globalization;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>Reads cr_RecordWifiAuthentications' Events: a JSON array of at most 500 event objects, each checked
    /// on its own. A text that is not such an array refuses the whole batch; a bad event refuses only itself.</summary>
    public static class BatchEventsReader
    {
        public const int MaxEvents = 500;

        /// <summary>Ten million characters: far above 500 honest events, low enough to bound the sandbox's memory.</summary>
        public const int MaxTextLength = 10000000;

        // 500 events of at most 19 fields, with room for the array and mistakes; anything more is refused unparsed.
        private const int MaxValues = (MaxEvents + 1) * 25;

        public static BatchReading Read(string? events, Func<string?> defaultCountry, DateTime utcNow)
        {
            if (events != null && events.Length > MaxTextLength)
            {
                return BatchReading.Refused(new FieldError(WifiErrorCodes.BatchTooLarge, BatchField.Events,
                    "Events is longer than " + MaxTextLength.ToString("N0", CultureInfo.InvariantCulture) + " characters."));
            }

            if (string.IsNullOrWhiteSpace(events))
            {
                return BatchReading.Refused(new FieldError(WifiErrorCodes.MissingField, BatchField.Events, "Events is required: a JSON array of login events."));
            }

            JsonValue root;
            try
            {
                root = JsonParser.Parse(events!, MaxValues);
            }
            catch (JsonSyntaxException invalid)
            {
                return BatchReading.Refused(new FieldError(WifiErrorCodes.BatchNotJsonArray, BatchField.Events, "Events is " + invalid.Message + "."));
            }

            if (root.Kind != JsonKind.Array)
            {
                return BatchReading.Refused(new FieldError(WifiErrorCodes.BatchNotJsonArray, BatchField.Events, "Events must be a JSON array of login events."));
            }

            if (root.Items.Count > MaxEvents)
            {
                return BatchReading.Refused(new FieldError(WifiErrorCodes.BatchTooLarge, BatchField.Events,
                    "Events holds " + root.Items.Count.ToString(CultureInfo.InvariantCulture) + " events; at most " + MaxEvents + " per call."));
            }

            var readings = new List<IndexedReading>(root.Items.Count);
            for (var index = 0; index < root.Items.Count; index++)
            {
                readings.Add(new IndexedReading(index, ReadEvent(root.Items[index], defaultCountry, utcNow)));
            }

            return BatchReading.Accepted(readings);
        }

        private static EventReading ReadEvent(JsonValue item, Func<string?> defaultCountry, DateTime utcNow)
        {
            if (item.Kind != JsonKind.Object)
            {
                return new EventReading(null, new[] { new FieldError(WifiErrorCodes.EventNotObject, BatchField.Event, "Each event must be a JSON object.") });
            }

            return GuestEventReader.Read(new JsonEventFields(item), defaultCountry, utcNow);
        }
    }
}
