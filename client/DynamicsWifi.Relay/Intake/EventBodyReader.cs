using System;
using System.Collections.Generic;
using System.Text.Json;
using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;

namespace DynamicsWifi.Relay.Intake
{
    /// <summary>Reads a webhook's body: one event (a JSON object) or a list of them. A body that is neither is refused
    /// (400). Each event's fields are read by type only: a value that is not of its field's type, or a name that is not a
    /// field, makes that one event a dead letter with the code the batch API gives (WIFI_WRONG_JSON_TYPE,
    /// WIFI_INVALID_DATE, WIFI_UNKNOWN_FIELD, WIFI_DUPLICATE_FIELD); everything else is Dataverse's to judge.</summary>
    internal sealed class EventBodyReader
    {
        private static readonly JsonDocumentOptions Json = new JsonDocumentOptions { MaxDepth = 16 };
        private readonly TimeZoneInfo _journeyTimeZone;

        public EventBodyReader(TimeZoneInfo journeyTimeZone)
        {
            _journeyTimeZone = journeyTimeZone;
        }

        /// <summary>The events, or null with the reason the body is not an event or a list of events.</summary>
        public IReadOnlyList<IntakeEvent>? Read(ReadOnlyMemory<byte> body, out string? refusal)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body, Json);
            }
            catch (JsonException)
            {
                refusal = "The body is not JSON.";
                return null;
            }

            using (document)
            {
                var root = document.RootElement;
                var items = new List<IntakeEvent>();
                if (root.ValueKind == JsonValueKind.Object)
                {
                    items.Add(ReadEvent(root));
                }
                else if (root.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var item in root.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.Object)
                        {
                            refusal = "Item " + index + " of the list is not an event (a JSON object).";
                            return null;
                        }

                        items.Add(ReadEvent(item));
                        index++;
                    }
                }

                refusal = items.Count == 0 ? "The body is neither an event (a JSON object) nor a list of events." : null;
                return items.Count == 0 ? null : items;
            }
        }

        private IntakeEvent ReadEvent(JsonElement item)
        {
            var login = new GuestEvent();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in item.EnumerateObject())
            {
                var error = ReadField(login, member, seen);
                if (error != null)
                {
                    return IntakeEvent.Refused(error, item.GetRawText());
                }
            }

            return IntakeEvent.Readable(login, item.GetRawText());
        }

        private EventError? ReadField(GuestEvent login, JsonProperty member, HashSet<string> seen)
        {
            if (!EventFields.Kinds.TryGetValue(member.Name, out var kind))
            {
                var shown = member.Name.Length <= 50 && IsPlain(member.Name) ? member.Name : "(unnamed)";
                return new EventError("WIFI_UNKNOWN_FIELD", shown, shown + " is not a field of a WiFi login.");
            }

            if (!seen.Add(member.Name))
            {
                return new EventError("WIFI_DUPLICATE_FIELD", member.Name, member.Name + " appears twice in one event.");
            }

            var value = member.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (kind == EventFieldKind.Boolean)
            {
                if (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False)
                {
                    return WrongType(member.Name, "true or false");
                }

                login.CanReceiveEmail = value.GetBoolean();
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                return WrongType(member.Name, "a string");
            }

            var text = value.GetString()!;
            if (kind == EventFieldKind.Text)
            {
                EventFields.SetText(login, member.Name, text);
                return null;
            }

            if (!EventDate.TryRead(text, _journeyTimeZone, out var utc))
            {
                return new EventError("WIFI_INVALID_DATE", member.Name, member.Name + " is not an ISO 8601 date-time nor yyyy-MM-dd H:mm:ss.");
            }

            EventFields.SetDate(login, member.Name, utc);
            return null;
        }

        private static EventError WrongType(string field, string expected) =>
            new EventError("WIFI_WRONG_JSON_TYPE", field, field + " must be " + expected + ".");

        private static bool IsPlain(string name)
        {
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '-')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
