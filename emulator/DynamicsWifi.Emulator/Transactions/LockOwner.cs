using System.Collections.Generic;
using System.Threading;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>A holder of locks in <see cref="LockManager"/> (one per transaction): what it holds and what it waits
    /// for. Its state is changed only under the lock manager's own lock.</summary>
    internal sealed class LockOwner
    {
        public LockOwner(string name) => Name = name;

        public string Name { get; }

        internal List<LockResource> Held { get; } = new();

        /// <summary>The resource this owner is blocked on; an owner waits for one thing at a time.</summary>
        internal LockResource? WaitingFor { get; set; }

        /// <summary>Released by the manager when a lock is handed to this owner; the waiter re-checks, so a stale
        /// release only costs one extra look.</summary>
        internal SemaphoreSlim Wakeup { get; } = new(0);

        public override string ToString() => Name;
    }
}
