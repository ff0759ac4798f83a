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
            var sessions = sessionRows.Select(row => (
                Venue: row.GetAttributeValue<string>("cr_venue") ?? string.Empty,
                Start: row.GetAttributeValue<DateTime>("cr_sessionstart"),
                End: row.GetAttributeValue<DateTime?>("cr_sessionend"),
                Zone: row.GetAttributeValue<string>("cr_zone"))).ToList();
            if (sessions.Count == 0)
            {
                return StoredAggregates.None;
            }

            var visitStarts = new List<DateTime>();
            var dwell = 0;
            foreach (var venue in sessions.GroupBy(session => session.Venue, StringComparer.OrdinalIgnoreCase))
            {
                var visit = new List<(DateTime Start, DateTime? End)>();
                var latestEnd = DateTime.MinValue;
                foreach (var session in venue.OrderBy(session => session.Start))
                {
                    if (visit.Count > 0 && session.Start > latestEnd + gap)
                    {
                        dwell += Dwell(visit);
                        visitStarts.Add(visit[0].Start);
                        visit.Clear();
                    }

                    var end = session.End.HasValue && session.End.Value > session.Start ? session.End.Value : session.Start;
                    latestEnd = visit.Count == 0 || end > latestEnd ? end : latestEnd;
                    visit.Add((session.Start, session.End));
                }

                dwell += Dwell(visit);
                visitStarts.Add(visit[0].Start);
            }

            var zone = sessions.Where(session => !string.IsNullOrEmpty(session.Zone))
                .GroupBy(session => session.Zone!, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(group => group.Count())
                .ThenByDescending(group => group.Max(session => session.Start))
                .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
                .Select(group => group.Key)
                .FirstOrDefault();
            var visits = visitStarts.Count;
            return new StoredAggregates(visits, sessions.Count, dwell, Math.Round((decimal)dwell / visits, 2, MidpointRounding.AwayFromZero),
                visitStarts.Min(), visitStarts.Max(), zone);
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
    }
}
