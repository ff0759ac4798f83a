using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Identity;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Which contact each login of a batch is, and the writes that makes it so: contacts to create (ids
    /// chosen here) and keys to stamp on contacts found by search.</summary>
    public sealed class ResolvedGuests
    {
        private readonly Dictionary<int, Guid> _contactOf = new Dictionary<int, Guid>();
        private readonly HashSet<int> _created = new HashSet<int>();

        public List<ContactState> NewContacts { get; } = new List<ContactState>();

        /// <summary>Existing contacts and the key each must hold at the end (the last login's, as one by one).</summary>
        public Dictionary<Guid, IdentityKey> Stamps { get; } = new Dictionary<Guid, IdentityKey>();

        public bool HasWrites => NewContacts.Count > 0 || Stamps.Count > 0;

        public Guid ContactOf(int index) => _contactOf[index];

        /// <summary>Whether resolving this login created its contact (true for the first login of a new guest only).</summary>
        public bool CreatedBy(int index) => _created.Contains(index);

        public IEnumerable<Guid> ContactIds => _contactOf.Values;

        internal void Add(int index, Guid contactId, bool created)
        {
            _contactOf[index] = contactId;
            if (created)
            {
                _created.Add(index);
            }
        }
    }
}
