using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>A closed stretch of time [From, To]: where a neighbouring session of a visit may lie.</summary>
    public readonly struct TimeWindow
    {
        public TimeWindow(DateTime from, DateTime to)
        {
            From = from;
            To = to;
        }

        public DateTime From { get; }

        public DateTime To { get; }

        /// <summary>[start - gap, end + gap], kept inside DateTime's range (rows written outside our API may hold any date).</summary>
        public static TimeWindow Around(DateTime start, DateTime end, TimeSpan gap) =>
            new TimeWindow(start - DateTime.MinValue < gap ? DateTime.MinValue : start - gap, DateTime.MaxValue - end < gap ? DateTime.MaxValue : end + gap);

        /// <summary>The windows joined where they touch or overlap, by start.</summary>
        public static List<TimeWindow> Merge(IEnumerable<TimeWindow> windows)
        {
            var merged = new List<TimeWindow>();
            foreach (var window in windows.OrderBy(window => window.From))
            {
                if (merged.Count > 0 && window.From <= merged[merged.Count - 1].To)
                {
                    var last = merged[merged.Count - 1];
                    merged[merged.Count - 1] = new TimeWindow(last.From, window.To > last.To ? window.To : last.To);
                }
                else
                {
                    merged.Add(window);
                }
            }

            return merged;
        }

        /// <summary>Whether the session overlaps the window as a query on its columns sees it: it starts by the window's end,
        /// and starts or (an open session, or one ending before its start, counting as starting) ends within or after its start.</summary>
        public bool Overlaps(SessionSpan session) =>
            session.Start <= To && (session.Start >= From || (session.End.HasValue && session.End.Value >= From));

        public bool IsWithin(IEnumerable<TimeWindow> merged)
        {
            foreach (var outer in merged)
            {
                if (outer.From <= From && To <= outer.To)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
