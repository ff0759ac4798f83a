using System;
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

        public Database(MetadataCatalog catalog, TimeSpan? lockTimeout = null)
        {
            Store = new DataStore(catalog);
            Locks = new LockManager(lockTimeout);
        }

        /// <summary>The committed rows: what a reader outside any transaction sees.</summary>
        public DataStore Store { get; }

        public LockManager Locks { get; }

        public Transaction Begin() => new(Store, Locks, Interlocked.Increment(ref _lastTransaction));
    }
}
