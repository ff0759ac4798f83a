namespace DynamicsWifi.Emulator.Views
{
    /// <summary>A one-to-many relationship: the referencing (child) table's lookup column points at the referenced
    /// (parent) table.</summary>
    public sealed class RelationshipView
    {
        internal RelationshipView(string schemaName, string referencedTable, string referencingTable, string referencingColumn, string? referencingNavigationPropertyName, string? referencedNavigationPropertyName)
        {
            ReferencingNavigationPropertyName = referencingNavigationPropertyName;
            ReferencedNavigationPropertyName = referencedNavigationPropertyName;
            SchemaName = schemaName;
            ReferencedTable = referencedTable;
            ReferencingTable = referencingTable;
            ReferencingColumn = referencingColumn;
        }

        public string SchemaName { get; }

        public string ReferencedTable { get; }

        public string ReferencingTable { get; }

        public string ReferencingColumn { get; }

        /// <summary>The child's single-valued navigation property as the solution names it (case kept); null when it
        /// names none.</summary>
        public string? ReferencingNavigationPropertyName { get; }

        /// <summary>The parent's collection-valued navigation property as the solution names it; null when it names none.</summary>
        public string? ReferencedNavigationPropertyName { get; }
    }
}
