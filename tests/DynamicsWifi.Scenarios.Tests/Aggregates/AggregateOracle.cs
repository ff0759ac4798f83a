using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>The aggregates recomputed from scratch, straight from DESIGN.md 2 and 4.1 and written apart from the plug-ins'
    /// code: per venue, sessions by start; a session joins the current visit when it starts no more than the gap after the
    /// latest end seen in it (an open session ends at its start); dwell is the time the closed sessions of a visit cover,
    /// overlaps once, in whole minutes; the zone with the most sessions wins, ties to the most recent.</summary>
    internal static class AggregateOracle
    {
        public static StoredAggregates Of(IEnumerable<Entity> sessionRows, TimeSpan gap)
        {
            var sessions = Read(sessionRows);
            if (sessions.Count == 0)
            {
                return StoredAggregates.None;
            }

            var visits = Visits(sessions, gap);
            var dwell = visits.Sum(visit => Dwell(visit.Select(session => (session.Start, session.End)).ToList()));
            var zone = sessions.Where(session => !string.IsNullOrEmpty(session.Zone))
                .GroupBy(session => session.Zone!, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(group => group.Count())
                .ThenByDescending(group => group.Max(session => session.Start))
                .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
                .Select(group => group.Key)
                .FirstOrDefault();
            return new StoredAggregates(visits.Count, sessions.Count, dwell, Math.Round((decimal)dwell / visits.Count, 2, MidpointRounding.AwayFromZero),
                visits.Min(visit => visit[0].Start), visits.Max(visit => visit[0].Start), zone);
        }

        /// <summary>Whether the guest had a visit that started before the visit holding the session (a returning guest).</summary>
        public static bool HasVisitBefore(IEnumerable<Entity> sessionRows, TimeSpan gap, Guid sessionRowId)
        {
            var visits = Visits(Read(sessionRows), gap);
            var start = visits.Single(visit => visit.Any(session => session.Id == sessionRowId))[0].Start;
            return visits.Any(visit => visit[0].Start < start);
        }

        private static List<Session> Read(IEnumerable<Entity> sessionRows) =>
            sessionRows.Select(row => new Session(
                row.Id,
                row.GetAttributeValue<string>("cr_venue") ?? string.Empty,
                row.GetAttributeValue<DateTime>("cr_sessionstart"),
                row.GetAttributeValue<DateTime?>("cr_sessionend"),
                row.GetAttributeValue<string>("cr_zone"))).ToList();

        // Per venue, by start: a session joins the current visit when it starts no more than the gap after its latest end.
        private static List<List<Session>> Visits(List<Session> sessions, TimeSpan gap)
        {
            var visits = new List<List<Session>>();
            foreach (var venue in sessions.GroupBy(session => session.Venue, StringComparer.OrdinalIgnoreCase))
            {
                var visit = new List<Session>();
                var latestEnd = DateTime.MinValue;
                foreach (var session in venue.OrderBy(session => session.Start))
                {
                    if (visit.Count > 0 && session.Start > latestEnd + gap)
                    {
                        visits.Add(visit);
                        visit = new List<Session>();
                    }

                    var end = session.End.HasValue && session.End.Value > session.Start ? session.End.Value : session.Start;
                    latestEnd = visit.Count == 0 || end > latestEnd ? end : latestEnd;
                    visit.Add(session);
                }

                visits.Add(visit);
            }

            return visits;
        }

        private static int Dwell(List<(DateTime Start, DateTime? End)> visit)
        {
            var covered = TimeSpan.Zero;
            DateTime? from = null;
            var to = DateTime.MinValue;
            foreach (var (start, end) in visit.Where(session => session.End.HasValue).Select(session => (session.Start, End: session.End!.Value > session.Start ? session.End.Value : session.Start)).OrderBy(session => session.Start))
            {
                if (from.HasValue && start <= to)
                {
                    to = end > to ? end : to;
                    continue;
                }

                covered += from.HasValue ? to - from.Value : TimeSpan.Zero;
                from = start;
                to = end;
            }

            covered += from.HasValue ? to - from.Value : TimeSpan.Zero;
            return (int)Math.Floor(covered.TotalMinutes);
        }

        private sealed record Session(Guid Id, string Venue, DateTime Start, DateTime? End, string? Zone);
    }
}
