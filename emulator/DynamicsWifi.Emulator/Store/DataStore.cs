using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The committed rows of every table with their indexes, and the organization's RowVersion counter.
    /// As an <see cref="IRowSource"/> it is what a reader outside any transaction sees. A commit applies all of a
    /// transaction's writes under one write lock, so a read (a find, or a scan, which copies) never sees half of
    /// one. Knows nothing of transactions or locks between writers: that is Transactions/.</summary>
    internal sealed class DataStore : IRowSource
    {
        private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.NoRecursion);
        private readonly Dictionary<string, TableStore> _tables;
        private long _lastVersion;

        public DataStore(MetadataCatalog catalog)
        {
            Catalog = catalog;
            _tables = catalog.Tables.ToDictionary(table => table.LogicalName, table => new TableStore(table, catalog.Collation), StringComparer.Ordinal);
        }

        public MetadataCatalog Catalog { get; }

        /// <summary>The highest RowVersion handed out so far.</summary>
        public long LastVersion => Interlocked.Read(ref _lastVersion);

        /// <summary>A new RowVersion, higher than every earlier one: taken when a row is written, as SQL Server's
        /// rowversion is, so a rolled-back write uses one up and leaves a gap.</summary>
        public long NextVersion() => Interlocked.Increment(ref _lastVersion);

        /// <summary>The number of committed rows of the table.</summary>
        public int Count(string table)
        {
            var store = Table(table);
            _gate.EnterReadLock();
            try
            {
                return store.Count;
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }

        public IEnumerable<Row> Rows(string table)
        {
            var store = Table(table);
            _gate.EnterReadLock();
            try
            {
                return store.Snapshot();
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }

        public Row? Find(string table, Guid id)
        {
            var store = Table(table);
            _gate.EnterReadLock();
            try
            {
                return store.Find(id);
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }

        public IEnumerable<Row>? FindByIndex(string table, string column, object value)
        {
            var store = Table(table);
            if (column == store.Metadata.PrimaryIdAttribute)
            {
                return RowIndexes.AsGuid(value) is Guid id && Find(table, id) is Row row ? new[] { row } : Array.Empty<Row>();
            }

            _gate.EnterReadLock();
            try
            {
                if (!store.Indexes.TryFind(column, value, out var ids))
                {
                    return null;
                }

                return ids.Select(id => store.Find(id)!).ToArray();
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }

        public Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values)
        {
            var tuple = KeyTuple.FromOrdered(values, Catalog.Collation);
            return tuple == null ? null : FindByKey(table, key, tuple);
        }

        /// <summary>The committed row holding these key values, if any.</summary>
        public Row? FindByKey(string table, AlternateKeyMetadata key, KeyTuple tuple)
        {
            var store = Table(table);
            _gate.EnterReadLock();
            try
            {
                return store.Indexes.FindKey(key, tuple);
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }

        /// <summary>Makes a transaction's writes the committed state, all at once. The writer holds the locks of
        /// every row and key value it touches, so nothing here can conflict; old versions leave the indexes before
        /// new ones enter, so a key moved from one row to another within the transaction lands cleanly.</summary>
        public void Apply(IReadOnlyCollection<RowWrite> writes)
        {
            if (writes.Count == 0)
            {
                return;
            }

            var stores = writes.Select(write => Table(write.Table)).ToArray();
            _gate.EnterWriteLock();
            try
            {
                RefuseKeyConflicts(writes, stores);
                var i = 0;
                foreach (var write in writes)
                {
                    stores[i++].Remove(write.Id);
                }

                i = 0;
                foreach (var write in writes)
                {
                    var store = stores[i++];
                    if (write.After != null)
                    {
                        store.Add(write.After);
                    }
                }
            }
            finally
            {
                _gate.ExitWriteLock();
            }
        }

        /// <summary>Checks, before changing anything, that no new version takes a key value a row outside the
        /// commit holds. The writer's key locks make this impossible; checking first keeps a bug from leaving half a
        /// commit applied.</summary>
        private void RefuseKeyConflicts(IReadOnlyCollection<RowWrite> writes, TableStore[] stores)
        {
            var written = new HashSet<(string Table, Guid Id)>(writes.Select(write => (write.Table, write.Id)));
            var i = 0;
            foreach (var write in writes)
            {
                var store = stores[i++];
                if (write.After == null)
                {
                    continue;
                }

                foreach (var key in store.Metadata.Keys)
                {
                    if (KeyTuple.From(key, write.After.Values, Catalog.Collation) is KeyTuple tuple
                        && store.Indexes.FindKey(key, tuple) is Row holder
                        && holder.Id != write.Id
                        && !written.Contains((write.Table, holder.Id)))
                    {
                        throw new InvalidOperationException($"Commit refused: {key.SchemaName} ({tuple}) is held by {write.Table} {holder.Id}.");
                    }
                }
            }
        }

        /// <summary>The table's store, or Dataverse's fault for a table the organization does not have.</summary>
        public TableStore Table(string table)
        {
            if (table == null || !_tables.TryGetValue(table, out var store))
            {
                throw DataverseFaults.EntityDoesNotExist(table ?? string.Empty);
            }

            return store;
        }
    }
}
