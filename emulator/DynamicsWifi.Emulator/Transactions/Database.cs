using System;
using System.Collections.Generic;
using System.Threading;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>The organization's data as the service layer uses it: the committed rows, the locks between writers,
    /// and a transaction per top-level request.</summary>
    internal sealed class Database
    {
        private long _lastTransaction;
        private readonly Action<IReadOnlyList<RowWrite>>? _committing;

        /// <param name="committing">Told each transaction's writes as it commits, before they become visible and while
        /// it still holds their locks (so two writes of one row reach it in commit order); a failure there fails the
        /// commit. The front door's commit journal.</param>
        public Database(MetadataCatalog catalog, TimeSpan? lockTimeout = null, Action<IReadOnlyList<RowWrite>>? committing = null)
        {
            Store = new DataStore(catalog);
            Locks = new LockManager(lockTimeout);
            _committing = committing;
        }

        /// <summary>The committed rows: what a reader outside any transaction sees.</summary>
        public DataStore Store { get; }

        public LockManager Locks { get; }

        public Transaction Begin() => new(Store, Locks, Interlocked.Increment(ref _lastTransaction), _committing);
    }
}
