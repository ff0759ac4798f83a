using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Views
{
    /// <summary>One table as the emulator loaded it, read-only: its names, columns and alternate keys.</summary>
    public sealed class TableView
    {
        internal TableView(
            string logicalName,
            string entitySetName,
            string primaryIdAttribute,
            string? primaryNameAttribute,
            IReadOnlyDictionary<string, ColumnView> columns,
            IReadOnlyList<AlternateKeyView> keys)
        {
            LogicalName = logicalName;
            EntitySetName = entitySetName;
            PrimaryIdAttribute = primaryIdAttribute;
            PrimaryNameAttribute = primaryNameAttribute;
            Columns = columns;
            Keys = keys;
        }

        public string LogicalName { get; }

        /// <summary>The Web API collection name (contacts, cr_wifivisits).</summary>
        public string EntitySetName { get; }

        public string PrimaryIdAttribute { get; }

        public string? PrimaryNameAttribute { get; }

        /// <summary>Columns by logical name.</summary>
        public IReadOnlyDictionary<string, ColumnView> Columns { get; }

        public IReadOnlyList<AlternateKeyView> Keys { get; }
    }
}
