using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Views
{
    /// <summary>What the emulator loaded, read-only, for the clients that need the organization's shape besides
    /// IOrganizationService (the Web API host's routes and $metadata, a client generator): tables with their entity set
    /// names, columns and keys, relationships, custom APIs and the security roles the solution ships.</summary>
    public sealed class MetadataView
    {
        private readonly IReadOnlyDictionary<string, TableView> _tables;

        internal MetadataView(
            IEnumerable<TableView> tables,
            IReadOnlyList<RelationshipView> relationships,
            IReadOnlyList<CustomApiView> customApis,
            IReadOnlyList<string> roleNames)
        {
            _tables = tables.ToDictionary(table => table.LogicalName, StringComparer.Ordinal);
            Tables = _tables.Values.OrderBy(table => table.LogicalName, StringComparer.Ordinal).ToList();
            Relationships = relationships;
            CustomApis = customApis;
            RoleNames = roleNames;
        }

        /// <summary>Every table, the solution's and the standard ones the emulator models, by logical name.</summary>
        public IReadOnlyList<TableView> Tables { get; }

        public IReadOnlyList<RelationshipView> Relationships { get; }

        public IReadOnlyList<CustomApiView> CustomApis { get; }

        /// <summary>The security roles a user can be given: "System Administrator" and the solution's own.</summary>
        public IReadOnlyList<string> RoleNames { get; }

        public bool TryGetTable(string logicalName, out TableView table) => _tables.TryGetValue(logicalName, out table!);
    }
}
