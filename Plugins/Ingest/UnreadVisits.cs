using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The visits of a contact that the recording did not read: its stored visit count less the visits read
    /// (whole visits around the login, which its stored aggregates already count). Recording only adds or extends
    /// sessions, so these visits stay as they are, and none of them starts before the stored first visit.</summary>
    public sealed class UnreadVisits
    {
        public static readonly UnreadVisits None = new UnreadVisits(0, null);

        private UnreadVisits(int count, DateTime? noneBefore)
        {
            Count = count;
            NoneBefore = noneBefore;
        }

        public int Count { get; }

        /// <summary>The stored first visit: no unread visit starts before it.</summary>
        public DateTime? NoneBefore { get; }

        public static UnreadVisits Of(RecordingState state, Guid contactId, TimeSpan visitGap)
        {
            if (state.HoldsAllSessionsOf(contactId))
            {
                return None;
            }

            var stored = state.Contacts[contactId].Aggregates;
            var count = CountBeyond(stored, state.Sessions.Where(session => session.ContactId == contactId).Select(session => session.Span).ToList(), visitGap)
                ?? throw new InvalidOperationException("Contact " + contactId + " stores fewer visits or sessions than were read around the login.");
            return new UnreadVisits(count, stored.FirstVisit);
        }

        /// <summary>How many visits the stored aggregates count beyond the sessions read (whole visits); null when they
        /// count fewer visits or sessions than were read: then they cannot stand for the rest, and all must be read.</summary>
        public static int? CountBeyond(WifiAggregates stored, IReadOnlyCollection<SessionSpan> read, TimeSpan visitGap)
        {
            var visits = (stored.VisitCount ?? 0) - VisitTimeline.Of(read, visitGap).Count;
            return visits < 0 || (stored.SessionCount ?? 0) < read.Count ? (int?)null : visits;
        }

        /// <summary>Whether one of the unread visits starts before <paramref name="start"/>: the first of all visits
        /// does, unless it is the read visit starting there (then none is earlier than it).</summary>
        public bool HasVisitBefore(DateTime start) => Count > 0 && NoneBefore.HasValue && NoneBefore.Value < start;
    }
}
