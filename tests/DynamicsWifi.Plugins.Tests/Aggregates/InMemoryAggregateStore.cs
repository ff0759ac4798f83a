using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Tests.Aggregates
{
    /// <summary>Contacts' stored aggregates and sessions in memory, counting the reads the rules make of it.</summary>
    internal sealed class InMemoryAggregateStore : IAggregateStore
    {
        public Dictionary<Guid, WifiAggregates> Stored { get; } = new Dictionary<Guid, WifiAggregates>();

        public List<ContactSession> Sessions { get; } = new List<ContactSession>();

        public List<string> Reads { get; } = new List<string>();

        public int Writes { get; private set; }

        public void Lock(Guid contactId)
        {
        }

        public IReadOnlyDictionary<Guid, WifiAggregates> ReadStored(IReadOnlyCollection<Guid> contactIds)
        {
            Reads.Add("stored");
            return contactIds.ToDictionary(id => id, id => Stored.TryGetValue(id, out var stored) ? stored : WifiAggregates.None);
        }

        public IReadOnlyDictionary<Guid, IReadOnlyList<SessionSpan>> SessionsOf(IReadOnlyCollection<Guid> contactIds)
        {
            Reads.Add("all sessions");
            return contactIds.ToDictionary(id => id, id => (IReadOnlyList<SessionSpan>)Of(id).ToList());
        }

        public IReadOnlyList<SessionSpan> SessionsNear(Guid contactId, string venue, IReadOnlyList<TimeWindow> windows)
        {
            Reads.Add("near");
            return Of(contactId)
                .Where(session => string.Equals(session.Venue, venue, StringComparison.OrdinalIgnoreCase))
                .Where(session => windows.Any(window => session.Start <= window.To && (session.Start >= window.From || (session.End.HasValue && session.End.Value >= window.From))))
                .ToList();
        }

        public DateTime? EarliestStart(Guid contactId)
        {
            Reads.Add("earliest");
            return Of(contactId).Select(session => (DateTime?)session.Start).Min();
        }

        public IReadOnlyList<VenueLatest> LatestStartByVenue(Guid contactId)
        {
            Reads.Add("latest by venue");
            return Of(contactId).GroupBy(session => session.Venue, StringComparer.OrdinalIgnoreCase).Select(venue => new VenueLatest(venue.Key, venue.Max(session => session.Start))).ToList();
        }

        public IReadOnlyList<ZoneTally> ZoneTallies(Guid contactId)
        {
            Reads.Add("zones");
            return ZoneTally.Of(Of(contactId));
        }

        public void Write(Guid contactId, WifiAggregates stored, WifiAggregates updated)
        {
            Writes++;
            Stored[contactId] = updated;
        }

        /// <summary>Stores the session and applies it, as the step does after the platform wrote the row.</summary>
        public void Add(AggregateMaintainer maintainer, Guid contactId, SessionSpan session, TimeSpan gap)
        {
            var added = new ContactSession(contactId, session);
            Sessions.Add(added);
            maintainer.Apply(new[] { new SessionChange(null, added) }, gap);
        }

        private IEnumerable<SessionSpan> Of(Guid contactId) => Sessions.Where(session => session.ContactId == contactId).Select(session => session.Span);
    }
}
