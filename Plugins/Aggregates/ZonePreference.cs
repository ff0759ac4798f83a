using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>The zone with the most sessions; a tie goes to the zone whose latest session is the most recent (DESIGN.md 2),
    /// and a tie of that too to the zone name, so the answer never depends on the order rows were read in.</summary>
    public static class ZonePreference
    {
        public static string? Of(IEnumerable<ZoneTally> tallies) =>
            tallies
                .OrderByDescending(tally => tally.Sessions)
                .ThenByDescending(tally => tally.LatestStart)
                .ThenBy(tally => tally.Zone, StringComparer.OrdinalIgnoreCase)
                .Select(tally => tally.Zone)
                .FirstOrDefault();
    }
}
