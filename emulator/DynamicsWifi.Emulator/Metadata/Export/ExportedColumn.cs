using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>A column as one &lt;attribute&gt; of an export declares it, with what only the export says: whether it
    /// is the primary name, and the object type codes a lookup lists (LookupTypes).</summary>
    internal sealed class ExportedColumn
    {
        public ExportedColumn(ColumnMetadata column, bool isPrimaryName, IReadOnlyList<int> lookupTypeCodes)
        {
            Column = column;
            IsPrimaryName = isPrimaryName;
            LookupTypeCodes = lookupTypeCodes;
        }

        public ColumnMetadata Column { get; }

        public bool IsPrimaryName { get; }

        public IReadOnlyList<int> LookupTypeCodes { get; }
    }
}
