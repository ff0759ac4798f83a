using System;
using System.Globalization;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The administrator's settings the ingest needs (environment variables, DESIGN.md 4.1), read once per
    /// call. A value that is missing or not a whole number of minutes falls back to the documented default.</summary>
    public sealed class WifiSettings
    {
        public const int DefaultVisitGapMinutes = 30;
        public const int DefaultFreshnessMinutes = 15;

        public WifiSettings(string? defaultCountry, TimeSpan visitGap, TimeSpan freshness)
        {
            DefaultCountry = defaultCountry;
            VisitGap = visitGap;
            Freshness = freshness;
        }

        /// <summary>ISO 3166-1 alpha-2 country of mobiles written without a country code.</summary>
        public string? DefaultCountry { get; }

        public TimeSpan VisitGap { get; }

        /// <summary>How recent a session's start must be for its new visit to raise cr_WifiVisitRecorded.</summary>
        public TimeSpan Freshness { get; }

        public static WifiSettings From(string? defaultCountry, string? visitGapMinutes, string? freshnessMinutes) =>
            new WifiSettings(
                string.IsNullOrWhiteSpace(defaultCountry) ? null : defaultCountry!.Trim(),
                TimeSpan.FromMinutes(Minutes(visitGapMinutes, DefaultVisitGapMinutes)),
                TimeSpan.FromMinutes(Minutes(freshnessMinutes, DefaultFreshnessMinutes)));

        private static int Minutes(string? text, int fallback) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes <= 10080 ? minutes : fallback;
    }
}
