using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>Every table and relationship the emulator knows, read once and never changed: the solution's own
    /// and the standard ones it touches. Unknown tables and columns are refused here, with Dataverse's faults.</summary>
    internal sealed class MetadataCatalog
    {
        private readonly IReadOnlyDictionary<string, TableMetadata> _tables;
        private readonly IReadOnlyDictionary<string, IReadOnlyList<RelationshipMetadata>> _childrenOf;

        public MetadataCatalog(IEnumerable<TableMetadata> tables, IEnumerable<RelationshipMetadata> relationships, TextCollation? collation = null)
        {
            _tables = tables.ToDictionary(table => table.LogicalName, StringComparer.Ordinal);
            Relationships = relationships.ToList();
            _childrenOf = Relationships
                .GroupBy(relationship => relationship.ReferencedTable, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => (IReadOnlyList<RelationshipMetadata>)group.ToList(), StringComparer.Ordinal);
            Collation = collation ?? TextCollation.CaseAndAccentInsensitive;
        }

        public IEnumerable<TableMetadata> Tables => _tables.Values;

        /// <summary>How the organization's database compares text, everywhere: an English environment's unless set.</summary>
        public TextCollation Collation { get; }

        /// <summary>The same tables in an organization whose base language gives another collation.</summary>
        public MetadataCatalog WithCollation(TextCollation collation) => new MetadataCatalog(Tables, Relationships, collation);

        public IReadOnlyList<RelationshipMetadata> Relationships { get; }

        public bool TryGetTable(string logicalName, out TableMetadata table) => _tables.TryGetValue(logicalName ?? string.Empty, out table!);

        /// <summary>The table, or Dataverse's fault for an unknown table name.</summary>
        public TableMetadata GetTable(string logicalName)
        {
            if (!TryGetTable(logicalName, out var table))
            {
                throw DataverseFaults.EntityDoesNotExist(logicalName);
            }

            return table;
        }

        /// <summary>The table a query names, or the query builder's fault for an unknown table (QueryBuilderNoEntity:
        /// RetrieveMultiple answers with it where Create, Retrieve and Update answer EntityNotExist).</summary>
        public TableMetadata GetTableForQuery(string logicalName)
        {
            if (!TryGetTable(logicalName, out var table))
            {
                throw DataverseFaults.QueryEntityDoesNotExist(logicalName);
            }

            return table;
        }

        /// <summary>The column, or Dataverse's fault for a column the table does not have.</summary>
        public ColumnMetadata GetColumn(string table, string column)
        {
            var metadata = GetTable(table);
            if (column == null || !metadata.Columns.TryGetValue(column, out var found))
            {
                throw DataverseFaults.AttributeDoesNotExist(table, column ?? string.Empty);
            }

            return found;
        }

        /// <summary>The 1:N relationships whose parent is <paramref name="table"/>: what a delete of one of its rows
        /// cascades to, clears, or is restricted by.</summary>
        public IReadOnlyList<RelationshipMetadata> ChildRelationshipsOf(string table) =>
            _childrenOf.TryGetValue(table, out var children) ? children : Array.Empty<RelationshipMetadata>();
    }
}
