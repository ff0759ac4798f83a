using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>One committed or pending version of a row, immutable: its column values as the SDK types Dataverse
    /// returns (string, int, decimal, bool, DateTime in UTC, Guid, EntityReference, OptionSetValue, Money, ...) and
    /// its RowVersion. A write makes a new Row; readers keep the one they saw.</summary>
    internal sealed class Row
    {
        public Row(string table, Guid id, IReadOnlyDictionary<string, object?> values, long version)
        {
            Table = table;
            Id = id;
            Values = values;
            Version = version;
        }

        public string Table { get; }

        public Guid Id { get; }

        /// <summary>Every stored column, by logical name; a column never set is absent, a cleared one is null.</summary>
        public IReadOnlyDictionary<string, object?> Values { get; }

        /// <summary>Rises with every committed write of any row of the organization, as SQL's rowversion does.</summary>
        public long Version { get; }

        public object? this[string column] => Values.TryGetValue(column, out var value) ? value : null;
    }
}
