using System;
using System.Globalization;

namespace DynamicsWifi.Relay.Intake
{
    /// <summary>A webhook's date: ISO 8601 with Z or an offset, or without one (as vendor connectors send a journey time,
    /// "yyyy-MM-dd H:mm:ss"), which is then read in the relay's configured time zone.</summary>
    internal static class EventDate
    {
        private static readonly string[] WithoutOffset =
        {
            "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd H:mm", "yyyy-MM-dd'T'H:mm:ss", "yyyy-MM-dd'T'H:mm:ss.FFFFFFF", "yyyy-MM-dd'T'H:mm",
        };

        private static readonly string[] WithOffset =
        {
            "yyyy-MM-dd'T'H:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'H:mm:ssK", "yyyy-MM-dd'T'H:mmK", "yyyy-MM-dd H:mm:ssK",
        };

        public static bool TryRead(string text, TimeZoneInfo zone, out DateTime utc)
        {
            if (DateTime.TryParseExact(text, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
                return true;
            }

            if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            {
                utc = exact.UtcDateTime;
                return true;
            }

            utc = default;
            return false;
        }
    }
}
