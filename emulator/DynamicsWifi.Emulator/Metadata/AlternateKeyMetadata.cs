using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>An alternate key: a unique index over one to sixteen columns (EntityKey in exports).</summary>
    internal sealed class AlternateKeyMetadata
    {
        public AlternateKeyMetadata(string tableLogicalName, string schemaName, IReadOnlyList<string> columns)
        {
            TableLogicalName = tableLogicalName;
            SchemaName = schemaName;
            LogicalName = schemaName.ToLowerInvariant();
            Columns = columns;
        }

        public string TableLogicalName { get; }

        /// <summary>The key's name as faults quote it.</summary>
        public string SchemaName { get; }

        public string LogicalName { get; }

        /// <summary>The key's columns, logical names, in the order the key declares them.</summary>
        public IReadOnlyList<string> Columns { get; }
    }
}
