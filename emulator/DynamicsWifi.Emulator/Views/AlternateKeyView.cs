using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Views
{
    /// <summary>An alternate key of a table: its name and its columns, in the order the key declares them.</summary>
    public sealed class AlternateKeyView
    {
        internal AlternateKeyView(string schemaName, IReadOnlyList<string> columns)
        {
            SchemaName = schemaName;
            Columns = columns;
        }

        public string SchemaName { get; }

        public IReadOnlyList<string> Columns { get; }
    }
}
