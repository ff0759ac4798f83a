using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>The business unit hierarchy and the unit a principal belongs to (businessunit.parentbusinessunitid,
    /// systemuser/team.businessunitid). <see cref="Of"/> is the one place that reads a principal's unit; an instance
    /// reads committed rows and remembers them for one request.</summary>
    internal sealed class BusinessUnits
    {
        // A hierarchy deeper than this is a cycle in hand-made data, not an organization.
        private const int MaxDepth = 100;

        private readonly IRowSource _committed;
        private readonly Dictionary<Guid, Guid?> _parents = new();
        private readonly Dictionary<(string, Guid), Guid?> _principals = new();

        public BusinessUnits(IRowSource committed)
        {
            _committed = committed;
        }

        /// <summary>The business unit of a user or team as <paramref name="rows"/> hold it (a transaction sees a user it
        /// created itself), or null when the principal does not exist there.</summary>
        public static Guid? Of(IRowSource rows, EntityReference principal) =>
            (rows.Find(principal.LogicalName, principal.Id)?["businessunitid"] as EntityReference)?.Id;

        /// <summary>The business unit of a user or team, or null when it does not exist.</summary>
        public Guid? UnitOf(EntityReference principal)
        {
            var key = (principal.LogicalName, principal.Id);
            if (!_principals.TryGetValue(key, out var unit))
            {
                unit = Of(_committed, principal);
                _principals[key] = unit;
            }

            return unit;
        }

        /// <summary>True when <paramref name="unit"/> is <paramref name="ancestor"/> or one of its descendants.</summary>
        public bool IsWithin(Guid unit, Guid ancestor)
        {
            Guid? current = unit;
            for (var hops = 0; current != null && hops < MaxDepth; hops++)
            {
                if (current == ancestor)
                {
                    return true;
                }

                current = ParentOf(current.Value);
            }

            return false;
        }

        private Guid? ParentOf(Guid unit)
        {
            if (!_parents.TryGetValue(unit, out var parent))
            {
                parent = (_committed.Find("businessunit", unit)?["parentbusinessunitid"] as EntityReference)?.Id;
                _parents[unit] = parent;
            }

            return parent;
        }
    }
}
