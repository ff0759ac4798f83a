using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>One transaction's writes to one table: the final version of each row it wrote (null when it deleted
    /// the row), indexed like the committed rows so its own keyed reads stay O(1).</summary>
    internal sealed class PendingTable
    {
        private readonly Dictionary<Guid, Row?> _writes = new();

        public PendingTable(TableMetadata metadata, TextCollation collation)
        {
            Indexes = new RowIndexes(metadata, collation);
        }

        /// <summary>The pending rows' indexes (deleted rows are not in them).</summary>
        public RowIndexes Indexes { get; }

        public IReadOnlyDictionary<Guid, Row?> Writes => _writes;

        /// <summary>Whether this transaction wrote the row; <paramref name="row"/> is then its version, or null if
        /// deleted.</summary>
        public bool TryGet(Guid id, out Row? row) => _writes.TryGetValue(id, out row);

        public void Put(Guid id, Row? row)
        {
            if (_writes.TryGetValue(id, out var previous) && previous != null)
            {
                Indexes.Remove(previous);
            }

            _writes[id] = row;
            if (row != null)
            {
                Indexes.Add(row);
            }
        }
    }
}
