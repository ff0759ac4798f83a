using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>A security role the solution ships: privilege names (prvCreatecr_wifivisit) and their depth.</summary>
    internal sealed class SecurityRoleDefinition
    {
        public SecurityRoleDefinition(Guid id, string name, IReadOnlyDictionary<string, PrivilegeDepth> privileges)
        {
            Id = id;
            Name = name;
            Privileges = privileges;
        }

        public Guid Id { get; }

        public string Name { get; }

        public IReadOnlyDictionary<string, PrivilegeDepth> Privileges { get; }
    }
}
