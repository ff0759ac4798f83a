using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>The SYSTEM user's access: everything, every column (as the platform's own operations have).</summary>
    internal sealed class UnrestrictedAccess : IAccessControl
    {
        public static UnrestrictedAccess Instance { get; } = new();

        public IRowSource Readable(IRowSource source) => source;

        public void EnsureCanRead(TableMetadata table, Row row)
        {
        }

        public void EnsureCanCreate(TableMetadata table, IReadOnlyDictionary<string, object?> values)
        {
        }

        public void EnsureCanWrite(TableMetadata table, Row current, IReadOnlyDictionary<string, object?> changes)
        {
        }

        public void EnsureCanDelete(TableMetadata table, Row current)
        {
        }

        public void EnsureHolds(string privilegeName)
        {
        }
    }
}
