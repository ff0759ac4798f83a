using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>One zone's share of a contact's sessions: how many, and when the latest started.</summary>
    public sealed class ZoneTally
    {
        public ZoneTally(string zone, int sessions, DateTime latestStart)
        {
            Zone = zone;
            Sessions = sessions;
            LatestStart = latestStart;
        }

        public string Zone { get; }

        public int Sessions { get; }

        public DateTime LatestStart { get; }

        /// <summary>Zones compared as Dataverse compares text (ignoring case); a session without a zone counts for none.
        /// A zone keeps the spelling of its latest session.</summary>
        public static IReadOnlyList<ZoneTally> Of(IEnumerable<SessionSpan> sessions) =>
            sessions
                .Where(session => session.Zone != null)
                .GroupBy(session => session.Zone!, StringComparer.OrdinalIgnoreCase)
                .Select(zone =>
                {
                    var latest = zone.OrderByDescending(session => session.Start).ThenBy(session => session.Zone, StringComparer.Ordinal).First();
                    return new ZoneTally(latest.Zone!, zone.Count(), latest.Start);
                })
                .ToList();
    }
}
