using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>A field security profile the solution ships, with its column permissions.</summary>
    internal sealed class FieldSecurityProfileDefinition
    {
        public FieldSecurityProfileDefinition(Guid id, string name, IReadOnlyList<FieldPermission> permissions)
        {
            Id = id;
            Name = name;
            Permissions = permissions;
        }

        public Guid Id { get; }

        public string Name { get; }

        public IReadOnlyList<FieldPermission> Permissions { get; }
    }
}
