using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>What the recorder reads before deciding, as one set: the contacts the events resolved to with all
    /// their sessions, and any session already stored under one of the events' session ids (for whichever contact).</summary>
    public sealed class RecordingState
    {
        public RecordingState(IEnumerable<ContactState> contacts, IEnumerable<SessionState> sessions)
        {
            Contacts = contacts.GroupBy(contact => contact.Id).ToDictionary(group => group.Key, group => group.First());
            Sessions = sessions.GroupBy(session => session.Id).Select(group => group.First()).ToList();
        }

        public IReadOnlyDictionary<Guid, ContactState> Contacts { get; }

        public IReadOnlyList<SessionState> Sessions { get; }
    }
}
