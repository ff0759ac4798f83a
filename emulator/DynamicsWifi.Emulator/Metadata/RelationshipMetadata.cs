namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>A 1:N relationship: the referencing (child, many) table's lookup column points at the referenced
    /// (parent, one) table.</summary>
    internal sealed class RelationshipMetadata
    {
        public RelationshipMetadata(
            string schemaName,
            string referencedTable,
            string referencingTable,
            string referencingColumn,
            CascadeBehavior cascadeDelete,
            string? referencingNavigationPropertyName = null,
            string? referencedNavigationPropertyName = null)
        {
            ReferencingNavigationPropertyName = referencingNavigationPropertyName;
            ReferencedNavigationPropertyName = referencedNavigationPropertyName;
            SchemaName = schemaName;
            ReferencedTable = referencedTable;
            ReferencingTable = referencingTable;
            ReferencingColumn = referencingColumn;
            CascadeDelete = cascadeDelete;
        }

        public string SchemaName { get; }

        /// <summary>The parent (one) side, logical name.</summary>
        public string ReferencedTable { get; }

        /// <summary>The child (many) side, logical name: the table holding the lookup.</summary>
        public string ReferencingTable { get; }

        /// <summary>The lookup column on the child, logical name.</summary>
        public string ReferencingColumn { get; }

        public CascadeBehavior CascadeDelete { get; }

        /// <summary>The single-valued navigation property on the child, as the export names it; null when it names none.</summary>
        public string? ReferencingNavigationPropertyName { get; }

        /// <summary>The collection-valued navigation property on the parent, as the export names it; null when it names none.</summary>
        public string? ReferencedNavigationPropertyName { get; }
    }
}
