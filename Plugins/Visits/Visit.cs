using System;
using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Visits
{
    /// <summary>A run of one guest's sessions at one venue, each starting no more than the visit gap after the
    /// latest end seen before it in the run (DESIGN.md 2 and 4.1).</summary>
    public sealed class Visit
    {
        public Visit(string venue, DateTime start, DateTime latestEnd, IReadOnlyList<SessionSpan> sessions)
        {
            Venue = venue;
            Start = start;
            LatestEnd = latestEnd;
            Sessions = sessions;
        }

        public string Venue { get; }

        /// <summary>The start of its first session: what cr_wifi_first_visit and cr_wifi_last_visit hold.</summary>
        public DateTime Start { get; }

        public DateTime LatestEnd { get; }

        /// <summary>Its sessions, by start.</summary>
        public IReadOnlyList<SessionSpan> Sessions { get; }
    }
}
