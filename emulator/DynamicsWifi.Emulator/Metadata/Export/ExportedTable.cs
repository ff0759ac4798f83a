using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>A table as one &lt;Entity&gt; of an export declares it. For a standard table the solution extends
    /// (contact), only the columns and keys the solution adds are here.</summary>
    internal sealed class ExportedTable
    {
        public ExportedTable(
            string logicalName,
            string? entitySetName,
            OwnershipType? ownership,
            IReadOnlyList<ExportedColumn> columns,
            IReadOnlyList<AlternateKeyMetadata> keys)
        {
            LogicalName = logicalName;
            EntitySetName = entitySetName;
            Ownership = ownership;
            Columns = columns;
            Keys = keys;
        }

        public string LogicalName { get; }

        public string? EntitySetName { get; }

        public OwnershipType? Ownership { get; }

        public IReadOnlyList<ExportedColumn> Columns { get; }

        public IReadOnlyList<AlternateKeyMetadata> Keys { get; }
    }
}
