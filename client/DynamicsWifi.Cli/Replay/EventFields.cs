using System;
using System.Collections.Generic;
using System.Globalization;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Cli.Replay
{
    /// <summary>Turns one row of a replay file (field name to text, DESIGN.md 4's names) into a login. Dates are ISO 8601
    /// or a connector's journey time "yyyy-MM-dd H:mm:ss"; a time without an offset is in <see cref="TimeZone"/>.</summary>
    public sealed class EventFields
    {
        private static readonly string[] LocalFormats =
        {
            "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd H:mm", "yyyy-MM-dd'T'HH:mm",
        };

        private static readonly HashSet<string> Names = new HashSet<string>(StringComparer.Ordinal)
        {
            "SessionId", "Venue", "SessionStart", "SessionEnd", "JourneyTime", "Email", "Mobile", "FirstName", "LastName", "Gender",
            "DateOfBirth", "CanReceiveEmail", "ConsentTimestamp", "ConsentChannel", "GuestId", "Zone", "MacAddress", "MacHash", "AuthMethod",
        };

        public EventFields(TimeZoneInfo timeZone)
        {
            TimeZone = timeZone;
        }

        public TimeZoneInfo TimeZone { get; }

        /// <summary>Refuses a file whose header names something that is not a field, before anything is sent.</summary>
        public static void CheckNames(IEnumerable<string> names, string where)
        {
            foreach (var name in names)
            {
                if (!Names.Contains(name))
                {
                    throw new FormatException($"{where}: '{name}' is not a field of cr_RecordWifiAuthentication (names are case-sensitive).");
                }
            }
        }

        /// <summary>The login, or the error of a field that cannot be read as its type (the event is then not sent).</summary>
        public (GuestEvent? Login, EventError? Error) Read(IReadOnlyDictionary<string, string?> row)
        {
            var login = new GuestEvent
            {
                SessionId = Text(row, "SessionId"),
                Venue = Text(row, "Venue"),
                Email = Text(row, "Email"),
                Mobile = Text(row, "Mobile"),
                FirstName = Text(row, "FirstName"),
                LastName = Text(row, "LastName"),
                Gender = Text(row, "Gender"),
                DateOfBirth = Text(row, "DateOfBirth"),
                ConsentChannel = Text(row, "ConsentChannel"),
                GuestId = Text(row, "GuestId"),
                Zone = Text(row, "Zone"),
                MacAddress = Text(row, "MacAddress"),
                MacHash = Text(row, "MacHash"),
                AuthMethod = Text(row, "AuthMethod"),
            };
            foreach (var name in new[] { "SessionStart", "SessionEnd", "JourneyTime", "ConsentTimestamp" })
            {
                var text = Text(row, name);
                if (text == null)
                {
                    continue;
                }

                if (!TryDate(text, out var date))
                {
                    return (null, new EventError("WIFI_INVALID_DATE", name, name + " is not an ISO 8601 date-time nor yyyy-MM-dd H:mm:ss."));
                }

                Assign(login, name, date);
            }

            var consent = Text(row, "CanReceiveEmail");
            if (consent != null)
            {
                if (!bool.TryParse(consent, out var canReceive))
                {
                    return (null, new EventError("WIFI_WRONG_JSON_TYPE", "CanReceiveEmail", "CanReceiveEmail must be true or false."));
                }

                login.CanReceiveEmail = canReceive;
            }

            return (login, null);
        }

        private bool TryDate(string text, out DateTime utc)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(text))
            {
                utc = withOffset.UtcDateTime;
                return true;
            }

            if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);
                return true;
            }

            utc = default;
            return false;
        }

        private static bool HasOffset(string text)
        {
            var time = text.IndexOf('T') >= 0 ? text.Substring(text.IndexOf('T')) : text.Length > 10 ? text.Substring(10) : string.Empty;
            return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOf('+') >= 0 || time.LastIndexOf('-') > 0;
        }

        private static void Assign(GuestEvent login, string name, DateTime date)
        {
            switch (name)
            {
                case "SessionStart":
                    login.SessionStart = date;
                    break;
                case "SessionEnd":
                    login.SessionEnd = date;
                    break;
                case "JourneyTime":
                    login.JourneyTime = date;
                    break;
                default:
                    login.ConsentTimestamp = date;
                    break;
            }
        }

        private static string? Text(IReadOnlyDictionary<string, string?> row, string name) =>
            row.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
    }
}
