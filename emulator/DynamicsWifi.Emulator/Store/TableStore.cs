using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The committed rows of one table, by id, with their indexes. Not thread-safe: <see cref="DataStore"/>
    /// guards it.</summary>
    internal sealed class TableStore
    {
        private readonly Dictionary<Guid, Row> _rows = new();

        public TableStore(TableMetadata metadata, TextCollation collation)
        {
            Metadata = metadata;
            Indexes = new RowIndexes(metadata, collation);
        }

        public TableMetadata Metadata { get; }

        public RowIndexes Indexes { get; }

        public int Count => _rows.Count;

        public Row? Find(Guid id) => _rows.TryGetValue(id, out var row) ? row : null;

        public Row[] Snapshot() => _rows.Values.ToArray();

        public void Remove(Guid id)
        {
            if (_rows.Remove(id, out var old))
            {
                Indexes.Remove(old);
            }
        }

        public void Add(Row row)
        {
            Indexes.Add(row);
            _rows.Add(row.Id, row);
        }
    }
}
