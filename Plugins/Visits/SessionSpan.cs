using System;

namespace DynamicsWifi.Plugins.Visits
{
    /// <summary>One session as the visit rules see it: where, when and in which zone. An open session (no end yet)
    /// counts as ending at its start (DESIGN.md 4.1) and adds no dwell (DESIGN.md 2).</summary>
    public sealed class SessionSpan
    {
        public SessionSpan(Guid id, string venue, DateTime start, DateTime? end, string? zone = null)
        {
            Id = id;
            Venue = venue ?? string.Empty;
            Start = start;
            End = end;
            Zone = string.IsNullOrWhiteSpace(zone) ? null : zone;
        }

        public Guid Id { get; }

        public string Venue { get; }

        public DateTime Start { get; }

        public DateTime? End { get; }

        public string? Zone { get; }

        /// <summary>Closed: it has an end, so it adds the time it covers to the dwell.</summary>
        public bool IsClosed => End.HasValue;

        public DateTime EffectiveEnd => End.HasValue && End.Value > Start ? End.Value : Start;
    }
}
