using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Visits
{
    /// <summary>One guest's sessions cut into visits (DESIGN.md 2 and 4.1): per venue, sessions ordered by start; a
    /// session joins the current visit when it starts no more than the gap after the latest end seen in that visit.
    /// The result depends only on the set of sessions, never on the order they arrived in: exactly the connected
    /// runs of the intervals [start, effective end + gap].</summary>
    public sealed class VisitTimeline
    {
        private readonly Dictionary<Guid, Visit> _visitOfSession;

        private VisitTimeline(IReadOnlyList<Visit> visits)
        {
            Visits = visits;
            _visitOfSession = new Dictionary<Guid, Visit>();
            foreach (var visit in visits)
            {
                foreach (var session in visit.Sessions)
                {
                    _visitOfSession[session.Id] = visit;
                }
            }
        }

        /// <summary>Every visit, by start (ties by venue, ordinal).</summary>
        public IReadOnlyList<Visit> Visits { get; }

        public int Count => Visits.Count;

        public static VisitTimeline Of(IEnumerable<SessionSpan> sessions, TimeSpan gap)
        {
            if (gap < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(gap), "The visit gap cannot be negative.");
            }

            var visits = new List<Visit>();
            foreach (var venue in sessions.GroupBy(session => session.Venue, StringComparer.OrdinalIgnoreCase))
            {
                visits.AddRange(RunsAt(venue.OrderBy(session => session.Start).ThenBy(session => session.Id), gap));
            }

            return new VisitTimeline(visits
                .OrderBy(visit => visit.Start)
                .ThenBy(visit => visit.Venue, StringComparer.Ordinal)
                .ToList());
        }

        public Visit? VisitOf(Guid sessionId) => _visitOfSession.TryGetValue(sessionId, out var visit) ? visit : null;

        /// <summary>Whether the guest had a visit, at any venue, that started before <paramref name="visit"/>.</summary>
        public bool HasVisitBefore(Visit visit) => Visits.Any(other => other.Start < visit.Start);

        private static IEnumerable<Visit> RunsAt(IEnumerable<SessionSpan> ordered, TimeSpan gap)
        {
            var run = new List<SessionSpan>();
            var latestEnd = DateTime.MinValue;
            foreach (var session in ordered)
            {
                if (run.Count > 0 && session.Start > latestEnd + gap)
                {
                    yield return new Visit(run[0].Venue, run[0].Start, latestEnd, run);
                    run = new List<SessionSpan>();
                }

                latestEnd = run.Count == 0 || session.EffectiveEnd > latestEnd ? session.EffectiveEnd : latestEnd;
                run.Add(session);
            }

            if (run.Count > 0)
            {
                yield return new Visit(run[0].Venue, run[0].Start, latestEnd, run);
            }
        }
    }
}
