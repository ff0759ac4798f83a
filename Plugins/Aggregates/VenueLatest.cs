using System;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>The start of a contact's latest session at one venue.</summary>
    public sealed class VenueLatest
    {
        public VenueLatest(string venue, DateTime latestStart)
        {
            Venue = venue;
            LatestStart = latestStart;
        }

        public string Venue { get; }

        public DateTime LatestStart { get; }
    }
}
