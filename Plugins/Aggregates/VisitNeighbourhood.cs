using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>The whole visits at one venue that changed sessions belong to, before and after the change, read without
    /// reading the contact's other sessions. A visit is a connected run of the intervals [start, effective end + gap]
    /// (VisitTimeline), so its sessions are exactly those overlapping [visit start - gap, latest end + gap]: the read starts
    /// with each changed session's window and widens to every visit found until no visit reaches past what was read.
    /// A new session, a reconnect included, usually costs one query, whatever the number of sessions held.</summary>
    public sealed class VisitNeighbourhood
    {
        private VisitNeighbourhood(VisitTimeline before, VisitTimeline after)
        {
            Before = before;
            After = after;
        }

        /// <summary>The visits as they were: every visit that held one of the sessions as they were, whole.</summary>
        public VisitTimeline Before { get; }

        /// <summary>The visits as they are: every visit holding one of the sessions as they are, whole.</summary>
        public VisitTimeline After { get; }

        public int VisitDelta => After.Count - Before.Count;

        public int DwellDelta => After.Visits.Sum(visit => visit.DwellMinutes) - Before.Visits.Sum(visit => visit.DwellMinutes);

        /// <param name="before">The changed sessions at the venue as they were.</param>
        /// <param name="after">The changed sessions at the venue as they are.</param>
        /// <param name="changed">Every changed session's id: the rows read hold them as they are, which only <paramref name="after"/> says.</param>
        public static VisitNeighbourhood Read(
            IAggregateStore store, Guid contactId, string venue, IReadOnlyList<SessionSpan> before, IReadOnlyList<SessionSpan> after, ISet<Guid> changed, TimeSpan gap)
        {
            var unchanged = new Dictionary<Guid, SessionSpan>();
            var read = new List<TimeWindow>();
            // The first read looks two gaps either side: a reconnect's visit then usually lies inside it, and needs no second read.
            var wanted = before.Concat(after).Select(session => TimeWindow.Around(session.Start, session.EffectiveEnd, gap + gap)).ToList();
            while (true)
            {
                var missing = TimeWindow.Merge(wanted.Where(window => !window.IsWithin(read)));
                if (missing.Count == 0)
                {
                    return new VisitNeighbourhood(VisitTimeline.Of(unchanged.Values.Concat(before), gap), VisitTimeline.Of(unchanged.Values.Concat(after), gap));
                }

                foreach (var session in store.SessionsNear(contactId, venue, missing).Where(session => !changed.Contains(session.Id)))
                {
                    unchanged[session.Id] = session;
                }

                read = TimeWindow.Merge(read.Concat(missing));
                wanted = VisitTimeline.Of(unchanged.Values.Concat(before), gap).Visits
                    .Concat(VisitTimeline.Of(unchanged.Values.Concat(after), gap).Visits)
                    .Select(visit => TimeWindow.Around(visit.Start, visit.LatestEnd, gap))
                    .ToList();
            }
        }
    }
}
