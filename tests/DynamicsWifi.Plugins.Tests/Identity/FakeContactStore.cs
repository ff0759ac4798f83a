using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Identity;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    internal sealed class FakeContactStore : IContactStore
    {
        private readonly Dictionary<string, Guid> _holders = new Dictionary<string, Guid>();

        public int Lookups { get; private set; }

        public FakeContactStore WithHolder(IdentityKey key, Guid contactId)
        {
            _holders[key.Value] = contactId;
            return this;
        }

        public Guid? FindContactIdByIdentityKey(IdentityKey key, Guid excludedContactId)
        {
            Lookups++;
            return _holders.TryGetValue(key.Value, out var holder) && holder != excludedContactId ? holder : (Guid?)null;
        }
    }
}
