using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>What the recorder reads before deciding, as one set: the contacts the events resolved to with their
    /// sessions, and any session already stored under one of the events' session ids (for whichever contact). A
    /// contact's sessions are either all read, or (the single API's returning guest) only those around its login, whole
    /// visits: its stored aggregates then count the visits that were not read (<see cref="UnreadVisits"/>).</summary>
    public sealed class RecordingState
    {
        private readonly HashSet<Guid> _readAroundEvents;

        public RecordingState(IEnumerable<ContactState> contacts, IEnumerable<SessionState> sessions, IEnumerable<Guid>? readAroundEvents = null)
        {
            Contacts = contacts.GroupBy(contact => contact.Id).ToDictionary(group => group.Key, group => group.First());
            Sessions = sessions.GroupBy(session => session.Id).Select(group => group.First()).ToList();
            _readAroundEvents = new HashSet<Guid>(readAroundEvents ?? Enumerable.Empty<Guid>());
        }

        public IReadOnlyDictionary<Guid, ContactState> Contacts { get; }

        public IReadOnlyList<SessionState> Sessions { get; }

        /// <summary>Whether every session of the contact was read (otherwise only the whole visits around the events).</summary>
        public bool HoldsAllSessionsOf(Guid contactId) => !_readAroundEvents.Contains(contactId);
    }
}
