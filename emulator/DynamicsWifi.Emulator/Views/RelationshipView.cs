namespace DynamicsWifi.Emulator.Views
{
    /// <summary>A one-to-many relationship: the referencing (child) table's lookup column points at the referenced
    /// (parent) table.</summary>
    public sealed class RelationshipView
    {
        internal RelationshipView(string schemaName, string referencedTable, string referencingTable, string referencingColumn)
        {
            SchemaName = schemaName;
            ReferencedTable = referencedTable;
            ReferencingTable = referencingTable;
            ReferencingColumn = referencingColumn;
        }

        public string SchemaName { get; }

        public string ReferencedTable { get; }

        public string ReferencingTable { get; }

        public string ReferencingColumn { get; }
    }
}
