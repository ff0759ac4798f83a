using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Journaling
{
    /// <summary>A row as a transaction committed it: its table, id, RowVersion and every column value (the SDK's types:
    /// string, int, decimal, Money, OptionSetValue, EntityReference...), or no values when the row was deleted.</summary>
    public sealed class CommittedRow
    {
        public CommittedRow(string table, Guid id, long version, IReadOnlyDictionary<string, object?>? values)
        {
            Table = table;
            Id = id;
            Version = version;
            Values = values;
        }

        public string Table { get; }

        public Guid Id { get; }

        public long Version { get; }

        /// <summary>Null for a deleted row.</summary>
        public IReadOnlyDictionary<string, object?>? Values { get; }

        public bool IsDeleted => Values == null;
    }
}
