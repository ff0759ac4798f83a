using System;

namespace DynamicsWifi.Plugins.Visits
{
    /// <summary>One session as the visit rules see it: where and when. An open session (no end yet) counts as
    /// ending at its start (DESIGN.md 4.1).</summary>
    public sealed class SessionSpan
    {
        public SessionSpan(Guid id, string venue, DateTime start, DateTime? end)
        {
            Id = id;
            Venue = venue ?? string.Empty;
            Start = start;
            End = end;
        }

        public Guid Id { get; }

        public string Venue { get; }

        public DateTime Start { get; }

        public DateTime? End { get; }

        public DateTime EffectiveEnd => End.HasValue && End.Value > Start ? End.Value : Start;
    }
}
