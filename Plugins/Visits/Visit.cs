using System;
using System.Collections.Generic;
using System.Linq;

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

        /// <summary>Whole minutes covered by the union of its closed sessions: two devices online at once count once,
        /// the gaps between reconnects not at all, an open session nothing (DESIGN.md 2).</summary>
        public int DwellMinutes
        {
            get
            {
                var covered = TimeSpan.Zero;
                var runStart = DateTime.MinValue;
                var runEnd = DateTime.MinValue;
                var inRun = false;
                foreach (var session in Sessions.Where(session => session.IsClosed).OrderBy(session => session.Start))
                {
                    if (inRun && session.Start <= runEnd)
                    {
                        runEnd = session.EffectiveEnd > runEnd ? session.EffectiveEnd : runEnd;
                        continue;
                    }

                    covered += inRun ? runEnd - runStart : TimeSpan.Zero;
                    runStart = session.Start;
                    runEnd = session.EffectiveEnd;
                    inRun = true;
                }

                covered += inRun ? runEnd - runStart : TimeSpan.Zero;
                return (int)Math.Floor(covered.TotalMinutes);
            }
        }
    }
}
