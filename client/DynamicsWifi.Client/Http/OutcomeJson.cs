using System;
using System.Collections.Generic;
using System.Text.Json;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Http
{
    /// <summary>Reads the outcome shapes of the record APIs: the single call's response, a batch's Rejected array and its
    /// row's cr_results (CustomApis/README.md).</summary>
    internal static class OutcomeJson
    {
        public static RecordOutcome Outcome(string? text)
        {
            switch (text)
            {
                case "recorded":
                    return RecordOutcome.Recorded;
                case "updated":
                    return RecordOutcome.Updated;
                case "unchanged":
                    return RecordOutcome.Unchanged;
                default:
                    throw new FormatException("Unknown outcome '" + text + "'.");
            }
        }

        public static IReadOnlyList<IndexedError> Rejections(string? json)
        {
            var rejected = new List<IndexedError>();
            if (string.IsNullOrEmpty(json))
            {
                return rejected;
            }

            using (var document = JsonDocument.Parse(json!))
            {
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    rejected.Add(new IndexedError(item.GetProperty("Index").GetInt32(), Error(item)));
                }
            }

            return rejected;
        }

        public static IReadOnlyList<IndexedOutcome> Results(string? json)
        {
            var results = new List<IndexedOutcome>();
            if (string.IsNullOrEmpty(json))
            {
                return results;
            }

            using (var document = JsonDocument.Parse(json!))
            {
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    var code = JsonRead.Text(item, "Code");
                    results.Add(new IndexedOutcome
                    {
                        Index = item.GetProperty("Index").GetInt32(),
                        Outcome = code == null ? Outcome(JsonRead.Text(item, "Outcome")) : RecordOutcome.Rejected,
                        ContactId = JsonRead.Guid(item, "ContactId"),
                        VisitId = JsonRead.Guid(item, "VisitId"),
                        ContactCreated = JsonRead.Bool(item, "ContactCreated"),
                        ReturningGuest = JsonRead.Bool(item, "ReturningGuest"),
                        VisitCount = JsonRead.Int(item, "VisitCount"),
                        Error = code == null ? null : Error(item),
                    });
                }
            }

            return results;
        }

        private static EventError Error(JsonElement item) =>
            new EventError(JsonRead.Text(item, "Code") ?? "WIFI_UNKNOWN", JsonRead.Text(item, "Field"), JsonRead.Text(item, "Message") ?? string.Empty);
    }
}
