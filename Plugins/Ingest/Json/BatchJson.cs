using System;
using System.Collections.Generic;
using System.Globalization;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>The JSON texts of the batch API (DESIGN.md 4): Rejected, the stored events of a pending batch, and the
    /// per-event cr_results. Errors and results carry ids and codes only; stored events hold the guests' data until
    /// they are recorded, then the row keeps only results.</summary>
    public static class BatchJson
    {
        private const string IndexName = "Index";
        private const string EventName = "Event";

        public static string Rejections(IEnumerable<KeyValuePair<int, FieldError>> errors)
        {
            var json = new JsonWriter().BeginArray();
            foreach (var error in errors)
            {
                Error(json, error.Key, error.Value);
            }

            return json.EndArray().ToString();
        }

        public static string Results(IEnumerable<EventOutcome> outcomes)
        {
            var json = new JsonWriter().BeginArray();
            foreach (var outcome in outcomes)
            {
                if (outcome.Error != null)
                {
                    Error(json, outcome.Index, outcome.Error);
                    continue;
                }

                json.BeginObject()
                    .Member(IndexName, outcome.Index)
                    .Member("Outcome", outcome.OutcomeText)
                    .Member("ContactId", outcome.ContactId)
                    .Member("VisitId", outcome.VisitId)
                    .Member("ContactCreated", outcome.ContactCreated)
                    .Member("ReturningGuest", outcome.ReturningGuest)
                    .Member("VisitCount", outcome.VisitCount)
                    .EndObject();
            }

            return json.EndArray().ToString();
        }

        /// <summary>The valid events as the batch row stores them: normalised (E.164 mobile, lowercase email, UTC
        /// dates, the MAC already hashed), each with its index in the caller's Events.</summary>
        public static string StoredEvents(IEnumerable<KeyValuePair<int, GuestEvent>> events)
        {
            var json = new JsonWriter().BeginArray();
            foreach (var pair in events)
            {
                json.BeginObject().Member(IndexName, pair.Key).Name(EventName);
                StoredEvent(json, pair.Value);
                json.EndObject();
            }

            return json.EndArray().ToString();
        }

        /// <summary>Reads what <see cref="StoredEvents"/> wrote, checking each event again as it is read.</summary>
        public static List<IndexedReading> ReadStoredEvents(string text, DateTime utcNow)
        {
            var readings = new List<IndexedReading>();
            foreach (var item in JsonParser.Parse(text, int.MaxValue).Items)
            {
                var index = -1;
                JsonValue? guest = null;
                foreach (var member in item.Members)
                {
                    if (member.Key == IndexName)
                    {
                        index = int.Parse(member.Value.Text ?? "-1", NumberStyles.Integer, CultureInfo.InvariantCulture);
                    }
                    else if (member.Key == EventName)
                    {
                        guest = member.Value;
                    }
                }

                if (index < 0 || guest == null)
                {
                    throw new FormatException("A stored batch event lacks its index or its event.");
                }

                // Stored mobiles are in E.164, so no default country is needed to read them again.
                readings.Add(new IndexedReading(index, GuestEventReader.Read(new JsonEventFields(guest), () => null, utcNow)));
            }

            return readings;
        }

        private static void StoredEvent(JsonWriter json, GuestEvent guest)
        {
            json.BeginObject()
                .Member(EventField.SessionId, guest.SessionId)
                .Member(EventField.Venue, guest.Venue)
                .Member(EventField.SessionStart, guest.SessionStart);
            if (guest.SessionEnd.HasValue)
            {
                json.Member(EventField.SessionEnd, guest.SessionEnd.Value);
            }

            Optional(json, EventField.Email, guest.Identity.Email?.Value);
            Optional(json, EventField.Mobile, guest.Identity.Phone?.Value);
            Optional(json, EventField.FirstName, guest.FirstName);
            Optional(json, EventField.LastName, guest.LastName);
            Optional(json, EventField.Gender, guest.Gender == Gender.Male ? "M" : guest.Gender == Gender.Female ? "F" : null);
            Optional(json, EventField.DateOfBirth, guest.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (guest.CanReceiveEmail.HasValue)
            {
                json.Member(EventField.CanReceiveEmail, guest.CanReceiveEmail.Value);
            }

            if (guest.ConsentTimestamp.HasValue)
            {
                json.Member(EventField.ConsentTimestamp, guest.ConsentTimestamp.Value);
            }

            Optional(json, EventField.ConsentChannel, guest.ConsentChannel);
            Optional(json, EventField.GuestId, guest.GuestId);
            Optional(json, EventField.Zone, guest.Zone);
            Optional(json, EventField.MacHash, guest.MacHash);
            Optional(json, EventField.AuthMethod, guest.AuthMethod);
            json.EndObject();
        }

        private static void Error(JsonWriter json, int index, FieldError error) =>
            json.BeginObject()
                .Member(IndexName, index)
                .Member("Code", error.Code)
                .Member("Field", error.Field)
                .Member("Message", error.Message)
                .EndObject();

        private static void Optional(JsonWriter json, string name, string? value)
        {
            if (value != null)
            {
                json.Member(name, value);
            }
        }
    }
}
