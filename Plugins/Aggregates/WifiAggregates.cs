using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>The visit aggregates a contact carries (DESIGN.md 2 and 4.1), as stored or as computed. A contact that holds
    /// no session carries none: every column empty, as before its first WiFi login ("what is not held is not profiled").</summary>
    public sealed class WifiAggregates : IEquatable<WifiAggregates>
    {
        public static readonly WifiAggregates None = new WifiAggregates(null, null, null, null, null, null, null);

        public WifiAggregates(int? visitCount, int? sessionCount, int? totalDwell, decimal? averageDwell, DateTime? firstVisit, DateTime? lastVisit, string? zonePreference)
        {
            VisitCount = visitCount;
            SessionCount = sessionCount;
            TotalDwell = totalDwell;
            AverageDwell = averageDwell;
            FirstVisit = firstVisit;
            LastVisit = lastVisit;
            ZonePreference = zonePreference;
        }

        public int? VisitCount { get; }

        public int? SessionCount { get; }

        /// <summary>Whole minutes: the sum over visits of each visit's dwell (<see cref="Visit.DwellMinutes"/>).</summary>
        public int? TotalDwell { get; }

        /// <summary>Minutes per visit, two decimals (the column's precision), rounded half away from zero.</summary>
        public decimal? AverageDwell { get; }

        /// <summary>The start of the first visit (UTC).</summary>
        public DateTime? FirstVisit { get; }

        /// <summary>The start of the latest visit (UTC).</summary>
        public DateTime? LastVisit { get; }

        public string? ZonePreference { get; }

        /// <summary>Every value present: what the incremental path builds on. Anything else (never computed, or edited by
        /// hand) is recomputed from the sessions.</summary>
        public bool IsComplete =>
            SessionCount > 0 && VisitCount > 0 && TotalDwell >= 0 && FirstVisit.HasValue && LastVisit.HasValue && AverageDwell.HasValue;

        /// <summary>From scratch: the sessions a contact holds, cut into visits with the visit gap.</summary>
        public static WifiAggregates Of(IEnumerable<SessionSpan> sessions, TimeSpan visitGap)
        {
            var all = sessions.ToList();
            if (all.Count == 0)
            {
                return None;
            }

            var timeline = VisitTimeline.Of(all, visitGap);
            return Holding(
                timeline.Count,
                all.Count,
                timeline.Visits.Sum(visit => visit.DwellMinutes),
                timeline.Visits.Min(visit => visit.Start),
                timeline.Visits.Max(visit => visit.Start),
                Aggregates.ZonePreference.Of(ZoneTally.Of(all)));
        }

        /// <summary>The aggregates of a contact holding sessions; the average follows from dwell and visits.</summary>
        public static WifiAggregates Holding(int visitCount, int sessionCount, int totalDwell, DateTime firstVisit, DateTime lastVisit, string? zonePreference) =>
            sessionCount == 0
                ? None
                : new WifiAggregates(visitCount, sessionCount, totalDwell, Average(totalDwell, visitCount), firstVisit, lastVisit, zonePreference);

        public bool Equals(WifiAggregates? other) =>
            other != null && VisitCount == other.VisitCount && SessionCount == other.SessionCount && TotalDwell == other.TotalDwell
            && AverageDwell == other.AverageDwell && FirstVisit == other.FirstVisit && LastVisit == other.LastVisit
            && string.Equals(ZonePreference, other.ZonePreference, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as WifiAggregates);

        public override int GetHashCode() => (SessionCount ?? -1) ^ ((VisitCount ?? -1) << 16) ^ (TotalDwell ?? -1);

        /// <summary>Counts and dates only: no zone text, so it may appear in a trace.</summary>
        public override string ToString() =>
            "visits " + Text(VisitCount) + ", sessions " + Text(SessionCount) + ", dwell " + Text(TotalDwell) + " min";

        private static decimal Average(int totalDwell, int visitCount) =>
            visitCount <= 0 ? 0m : Math.Round((decimal)totalDwell / visitCount, 2, MidpointRounding.AwayFromZero);

        private static string Text(int? value) => value.HasValue ? value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
    }
}
