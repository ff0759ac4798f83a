using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>The aggregate rules' store for a recording that already read the contact and the sessions around its
    /// login, under the contact's lock it already holds: the stored values and the sessions near windows already read
    /// come from memory, any other window is read through the inner store and remembered, the tallies are read through
    /// it. It takes no lock (the recording holds it) and writes nothing: the recording writes the contact once, with its
    /// profile changes, from <see cref="Updated"/>.</summary>
    public sealed class ReadAheadAggregateStore : IAggregateStore
    {
        private readonly IAggregateStore _inner;
        private readonly IReadOnlyDictionary<Guid, WifiAggregates> _stored;
        private readonly Dictionary<string, List<TimeWindow>> _windowsRead = new Dictionary<string, List<TimeWindow>>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<Guid, Dictionary<Guid, SessionSpan>> _sessions = new Dictionary<Guid, Dictionary<Guid, SessionSpan>>();
        private readonly Dictionary<Guid, WifiAggregates> _updated = new Dictionary<Guid, WifiAggregates>();

        public ReadAheadAggregateStore(IAggregateStore inner, IReadOnlyDictionary<Guid, WifiAggregates> stored)
        {
            _inner = inner;
            _stored = stored;
        }

        /// <summary>The aggregates the rules computed, by contact (only those that differ from the stored values).</summary>
        public IReadOnlyDictionary<Guid, WifiAggregates> Updated => _updated;

        /// <summary>Records a read made elsewhere: every session of the contact at the venue that overlaps one of the windows.</summary>
        public void Remember(Guid contactId, string venue, IEnumerable<TimeWindow> windows, IEnumerable<SessionSpan> sessions)
        {
            var key = Key(contactId, venue);
            _windowsRead[key] = TimeWindow.Merge((_windowsRead.TryGetValue(key, out var read) ? read : new List<TimeWindow>()).Concat(windows));
            if (!_sessions.TryGetValue(contactId, out var held))
            {
                _sessions[contactId] = held = new Dictionary<Guid, SessionSpan>();
            }

            foreach (var session in sessions)
            {
                held[session.Id] = session;
            }
        }

        /// <summary>Whether sessions were read through the inner store: what was read ahead did not hold the whole visits.</summary>
        public bool ReadThrough { get; private set; }

        public void Lock(Guid contactId)
        {
        }

        public IReadOnlyDictionary<Guid, WifiAggregates> ReadStored(IReadOnlyCollection<Guid> contactIds) =>
            contactIds.ToDictionary(id => id, id => _stored.TryGetValue(id, out var stored) ? stored : throw new InvalidOperationException("Contact " + id + " was not read."));

        public IReadOnlyDictionary<Guid, IReadOnlyList<SessionSpan>> SessionsOf(IReadOnlyCollection<Guid> contactIds) => _inner.SessionsOf(contactIds);

        public IReadOnlyList<SessionSpan> SessionsNear(Guid contactId, string venue, IReadOnlyList<TimeWindow> windows)
        {
            var read = _windowsRead.TryGetValue(Key(contactId, venue), out var held) ? held : new List<TimeWindow>();
            var missing = TimeWindow.Merge(windows.Where(window => !window.IsWithin(read)));
            if (missing.Count > 0)
            {
                ReadThrough = true;
                Remember(contactId, venue, missing, _inner.SessionsNear(contactId, venue, missing));
            }

            return _sessions.TryGetValue(contactId, out var sessions)
                ? sessions.Values.Where(session => string.Equals(session.Venue, venue, StringComparison.OrdinalIgnoreCase) && windows.Any(window => window.Overlaps(session))).ToList()
                : new List<SessionSpan>();
        }

        public DateTime? EarliestStart(Guid contactId) => _inner.EarliestStart(contactId);

        public IReadOnlyList<VenueLatest> LatestStartByVenue(Guid contactId) => _inner.LatestStartByVenue(contactId);

        public IReadOnlyList<ZoneTally> ZoneTallies(Guid contactId) => _inner.ZoneTallies(contactId);

        public void Write(Guid contactId, WifiAggregates stored, WifiAggregates updated) => _updated[contactId] = updated;

        private static string Key(Guid contactId, string venue) => contactId.ToString("N") + "|" + venue;
    }
}
