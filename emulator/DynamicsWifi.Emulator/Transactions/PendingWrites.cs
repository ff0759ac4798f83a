using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>A transaction's own writes laid over the committed rows: what the transaction sees. Its writes win
    /// over the committed versions of the same rows; nobody else's pending writes are in view.</summary>
    internal sealed class PendingWrites
    {
        private readonly DataStore _store;
        private readonly Dictionary<string, PendingTable> _tables = new(StringComparer.Ordinal);

        public PendingWrites(DataStore store) => _store = store;

        public Row? Find(string table, Guid id) =>
            _tables.TryGetValue(table, out var pending) && pending.TryGet(id, out var row) ? row : _store.Find(table, id);

        public Row? FindByKey(string table, AlternateKeyMetadata key, KeyTuple tuple)
        {
            var pending = _tables.GetValueOrDefault(table);
            if (pending?.Indexes.FindKey(key, tuple) is Row mine)
            {
                return mine;
            }

            var committed = _store.FindByKey(table, key, tuple);
            return committed != null && pending?.Writes.ContainsKey(committed.Id) == true ? null : committed;
        }

        /// <summary>A scan: the committed rows as of now, minus those this transaction rewrote, plus its own.</summary>
        public IEnumerable<Row> Rows(string table)
        {
            var committed = _store.Rows(table);
            return _tables.TryGetValue(table, out var pending) ? Overlay(committed, pending) : committed;
        }

        /// <summary>The index's answer over committed rows corrected by this transaction's writes; null when no index
        /// answers for the column.</summary>
        public Row[]? FindByIndex(string table, string column, object value)
        {
            var committed = _store.FindByIndex(table, column, value);
            if (committed == null)
            {
                return null;
            }

            if (!_tables.TryGetValue(table, out var pending))
            {
                return committed.ToArray();
            }

            pending.Indexes.TryFind(column, value, out var mine);
            return committed
                .Where(row => !pending.Writes.ContainsKey(row.Id))
                .Concat(mine.Select(id => pending.Writes[id]!))
                .ToArray();
        }

        /// <summary>Records the row's new version, or its deletion (null).</summary>
        public void Put(TableMetadata table, Guid id, Row? row)
        {
            if (!_tables.TryGetValue(table.LogicalName, out var pending))
            {
                pending = new PendingTable(table, _store.Catalog.Collation);
                _tables.Add(table.LogicalName, pending);
            }

            pending.Put(id, row);
        }

        /// <summary>The final state of every row written, for the commit.</summary>
        public List<RowWrite> ToWrites() => _tables
            .SelectMany(table => table.Value.Writes.Select(write => new RowWrite(table.Key, write.Key, write.Value)))
            .ToList();

        public void Clear() => _tables.Clear();

        private static IEnumerable<Row> Overlay(IEnumerable<Row> committed, PendingTable pending)
        {
            // Both taken now, so a write made while the caller is still enumerating does not change what it sees.
            var rewritten = pending.Writes.Keys.ToHashSet();
            var mine = pending.Writes.Values.OfType<Row>().ToArray();
            return committed.Where(row => !rewritten.Contains(row.Id)).Concat(mine);
        }
    }
}
