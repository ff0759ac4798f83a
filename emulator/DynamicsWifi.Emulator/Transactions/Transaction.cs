using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>One Dataverse transaction: a request and everything it triggers. It reads committed rows plus its own
    /// writes, never another open transaction's, and takes no read locks (read committed). Each write first takes
    /// the row's exclusive lock, and the lock of every alternate-key value it sets or clears, and keeps them to the
    /// end, as SQL Server does, so a second writer of the row waits and a read-then-write without the lock loses
    /// updates exactly as in Dataverse
    /// (learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/database-transactions).
    /// Any failed operation ends it at once and rolls everything back; later calls fail (DATAVERSE-FACTS.md 2.2).
    /// Used by one thread at a time, as one request's plug-ins run in order.</summary>
    internal sealed class Transaction : IRowSource, IDisposable
    {
        private readonly DataStore _store;
        private readonly LockManager _locks;
        private readonly PendingWrites _pending;
        private readonly Action<IReadOnlyList<RowWrite>>? _committing;
        private readonly List<Action> _afterCommit = new();

        public Transaction(DataStore store, LockManager locks, long number, Action<IReadOnlyList<RowWrite>>? committing = null)
        {
            _store = store;
            _committing = committing;
            _locks = locks;
            _pending = new PendingWrites(store);
            Number = number;
            LockOwner = new LockOwner($"transaction {number}");
        }

        public long Number { get; }

        public TransactionState State { get; private set; }

        /// <summary>Ended by a failure: a plug-in that returns normally now gets IsvTransactionCount from the
        /// pipeline, and any further call TransactionNotStarted.</summary>
        public bool IsDoomed => State == TransactionState.Doomed;

        /// <summary>The fault that ended the transaction, when one did.</summary>
        public Exception? Failure { get; private set; }

        /// <summary>Rows returned to readers so far (a scan counts every row it yields).</summary>
        public long RowsRead { get; private set; }

        /// <summary>Rows inserted, updated or deleted so far (one per operation).</summary>
        public long RowsWritten { get; private set; }

        internal LockOwner LockOwner { get; }

        /// <summary>Inserts the row with a new RowVersion and returns the stored version. Fails with DuplicateRecord
        /// when the id exists, with DuplicateRecordEntityKey when another row holds one of its alternate-key values
        /// (after waiting for a transaction that holds the value to end).</summary>
        public Row Insert(Row row) => Run(() =>
        {
            var table = _store.Table(row.Table).Metadata;
            Lock(LockResource.Row(row.Table, row.Id));
            if (_pending.Find(row.Table, row.Id) != null)
            {
                throw DataverseFaults.DuplicatePrimaryKey(row.Table, row.Id);
            }

            var stored = new Row(row.Table, row.Id, Copy(row.Values), _store.NextVersion());
            LockKeys(table, null, stored);
            _pending.Put(table, stored.Id, stored);
            return stored;
        });

        /// <summary>Writes the changed columns over the latest version of the row (taken under its lock, so a waiting
        /// writer builds on what the previous one committed) and returns the new version. With
        /// <paramref name="expectedVersion"/> (ConcurrencyBehavior.IfRowVersionMatches) a row whose RowVersion
        /// differs fails with ConcurrencyVersionMismatch (learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
        /// No changes at all still locks the row and stamps a new version, as an UPDATE in SQL does.</summary>
        public Row Update(string table, Guid id, IReadOnlyDictionary<string, object?> changes, long? expectedVersion = null) => Run(() =>
        {
            var metadata = _store.Table(table).Metadata;
            Lock(LockResource.Row(table, id));
            var current = Current(table, id, expectedVersion);
            var values = new Dictionary<string, object?>(current.Values, StringComparer.Ordinal);
            foreach (var (column, value) in changes)
            {
                values[column] = value;
            }

            var stored = new Row(table, id, new ReadOnlyDictionary<string, object?>(values), _store.NextVersion());
            LockKeys(metadata, current, stored);
            _pending.Put(metadata, id, stored);
            return stored;
        });

        /// <summary>Deletes the row (cascades are the caller's: it deletes children itself). With
        /// <paramref name="expectedVersion"/> a changed row fails with ConcurrencyVersionMismatch.</summary>
        public void Delete(string table, Guid id, long? expectedVersion = null) => Run(() =>
        {
            var metadata = _store.Table(table).Metadata;
            Lock(LockResource.Row(table, id));
            var current = Current(table, id, expectedVersion);
            LockKeys(metadata, current, null);
            _pending.Put(metadata, id, null);
            return current;
        });

        /// <summary>Makes every write visible to all at once, releases every lock, then runs what was due after the
        /// commit (in the order it was asked for).</summary>
        public void Commit()
        {
            EnsureActive();
            var writes = _pending.ToWrites();
            try
            {
                if (writes.Count > 0)
                {
                    _committing?.Invoke(writes);
                }

                _store.Apply(writes);
            }
            catch (Exception failure)
            {
                End(TransactionState.Doomed, failure);
                throw;
            }

            var afterCommit = _afterCommit.ToList();
            End(TransactionState.Committed, null);
            foreach (var action in afterCommit)
            {
                action();
            }
        }

        /// <summary>Work due only once this transaction commits (an asynchronous job becoming ready); dropped when it
        /// rolls back.</summary>
        public void AfterCommit(Action action)
        {
            EnsureActive();
            _afterCommit.Add(action);
        }

        /// <summary>Discards every write and releases every lock; nothing of the transaction remains. Does nothing
        /// once the transaction has ended.</summary>
        public void Rollback()
        {
            if (State == TransactionState.Active)
            {
                End(TransactionState.RolledBack, null);
            }
        }

        /// <summary>Ends the transaction because an operation failed outside this class (a Retrieve of a missing row,
        /// a plug-in's exception): rolled back now, later calls fail.</summary>
        public void Doom(Exception failure)
        {
            if (State == TransactionState.Active)
            {
                End(TransactionState.Doomed, failure);
            }
        }

        public void Dispose() => Rollback();

        public IEnumerable<Row> Rows(string table) => Read(() =>
        {
            _store.Table(table);
            return Count(_pending.Rows(table));
        });

        public Row? Find(string table, Guid id) => Read(() =>
        {
            _store.Table(table);
            return Counted(_pending.Find(table, id));
        });

        public IEnumerable<Row>? FindByIndex(string table, string column, object value) => Read(() =>
        {
            var metadata = _store.Table(table).Metadata;
            if (column == metadata.PrimaryIdAttribute)
            {
                return RowIndexes.AsGuid(value) is Guid id && Counted(_pending.Find(table, id)) is Row row ? new[] { row } : Array.Empty<Row>();
            }

            var rows = _pending.FindByIndex(table, column, value);
            RowsRead += rows?.Length ?? 0;
            return rows;
        });

        public Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values) => Read(() =>
        {
            _store.Table(table);
            var tuple = KeyTuple.FromOrdered(values, _store.Catalog.Collation);
            return tuple == null ? null : Counted(_pending.FindByKey(table, key, tuple));
        });

        private T Run<T>(Func<T> operation)
        {
            EnsureActive();
            try
            {
                var result = operation();
                RowsWritten++;
                return result;
            }
            catch (Exception failure)
            {
                Doom(failure);
                throw;
            }
        }

        private T Read<T>(Func<T> read)
        {
            EnsureActive();
            try
            {
                return read();
            }
            catch (Exception failure)
            {
                Doom(failure);
                throw;
            }
        }

        private void EnsureActive()
        {
            if (State != TransactionState.Active)
            {
                throw DataverseFaults.TransactionNotStarted();
            }
        }

        private void End(TransactionState state, Exception? failure)
        {
            State = state;
            Failure = failure;
            _pending.Clear();
            _afterCommit.Clear();
            _locks.ReleaseAll(LockOwner);
        }

        private void Lock(LockResource resource) => _locks.Acquire(LockOwner, resource);

        /// <summary>Locks the key values the write frees and takes, and refuses a value another visible row holds. A
        /// transaction that holds the value is waited for: if it commits, the value is taken; if it rolls back, free.</summary>
        private void LockKeys(TableMetadata table, Row? before, Row? after)
        {
            foreach (var key in table.Keys)
            {
                var old = before == null ? null : KeyTuple.From(key, before.Values, _store.Catalog.Collation);
                var taken = after == null ? null : KeyTuple.From(key, after.Values, _store.Catalog.Collation);
                if (Equals(old, taken))
                {
                    continue;
                }

                if (old != null)
                {
                    Lock(LockResource.Key(table.LogicalName, key.LogicalName, old));
                }

                if (taken != null)
                {
                    Lock(LockResource.Key(table.LogicalName, key.LogicalName, taken));
                    if (_pending.FindByKey(table.LogicalName, key, taken) is Row holder && holder.Id != after!.Id)
                    {
                        throw DataverseFaults.DuplicateKey(key.SchemaName, string.Join(", ", key.Columns));
                    }
                }
            }
        }

        private Row Current(string table, Guid id, long? expectedVersion)
        {
            var current = _pending.Find(table, id) ?? throw DataverseFaults.RowDoesNotExist(table, id);
            if (expectedVersion is long expected && expected != current.Version)
            {
                throw DataverseFaults.RowVersionMismatch();
            }

            return current;
        }

        private IEnumerable<Row> Count(IEnumerable<Row> rows)
        {
            foreach (var row in rows)
            {
                RowsRead++;
                yield return row;
            }
        }

        private Row? Counted(Row? row)
        {
            RowsRead += row == null ? 0 : 1;
            return row;
        }

        private static IReadOnlyDictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> values) =>
            new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>(values, StringComparer.Ordinal));
    }
}
