using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Registration;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>Which users are members of which field security profile. Kept here rather than in rows: the catalog has
    /// no fieldsecurityprofile or systemuserprofiles table (Associate would write the latter in Dataverse).</summary>
    internal sealed class FieldSecurityProfileMembers
    {
        private readonly IReadOnlyDictionary<string, FieldSecurityProfileDefinition> _byName;
        private readonly Dictionary<Guid, List<FieldSecurityProfileDefinition>> _members = new();
        private readonly object _gate = new();

        public FieldSecurityProfileMembers(IReadOnlyDictionary<string, FieldSecurityProfileDefinition> byName)
        {
            _byName = byName;
        }

        public void Add(Guid userId, string profileName)
        {
            if (profileName == null || !_byName.TryGetValue(profileName, out var profile))
            {
                throw new ArgumentException("No field security profile named '" + profileName + "' exists. Known profiles: " + string.Join(", ", _byName.Keys) + ".", nameof(profileName));
            }

            lock (_gate)
            {
                if (!_members.TryGetValue(userId, out var profiles))
                {
                    _members[userId] = profiles = new List<FieldSecurityProfileDefinition>();
                }

                if (!profiles.Contains(profile))
                {
                    profiles.Add(profile);
                }
            }
        }

        public IReadOnlyList<FieldSecurityProfileDefinition> ProfilesOf(Guid userId)
        {
            lock (_gate)
            {
                return _members.TryGetValue(userId, out var profiles) ? profiles.ToList() : new List<FieldSecurityProfileDefinition>();
            }
        }
    }
}
