using System;
using System.Collections.Generic;
using System.Diagnostics;
using DynamicsWifi.Emulator.Faults;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>Exclusive locks held to the end of a transaction, as SQL Server holds a writer's locks: a second
    /// owner asking for a held resource waits (blocked, not spinning) until it is handed over in arrival order, or
    /// fails with Dataverse's SQL timeout fault. A wait that would close a cycle of owners waiting on each other
    /// fails at once with the deadlock-victim fault (DATAVERSE-FACTS.md 2.2;
    /// learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/concurrency-issues).</summary>
    internal sealed class LockManager
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

        private readonly object _sync = new();
        private readonly Dictionary<LockResource, Entry> _entries = new();

        public LockManager(TimeSpan? timeout = null)
        {
            Timeout = timeout ?? DefaultTimeout;
        }

        /// <summary>How long a wait lasts before the SQL timeout fault (Dataverse's SQL command timeout).</summary>
        public TimeSpan Timeout { get; }

        /// <summary>Takes the resource for the owner, waiting while another holds it. Throws the deadlock fault when
        /// waiting would close a cycle, the timeout fault when the wait runs out; the owner then holds nothing new.</summary>
        public void Acquire(LockOwner owner, LockResource resource)
        {
            Entry entry;
            lock (_sync)
            {
                if (!_entries.TryGetValue(resource, out entry!))
                {
                    _entries.Add(resource, new Entry(owner));
                    owner.Held.Add(resource);
                    return;
                }

                if (entry.Owner == owner)
                {
                    return;
                }

                if (WouldDeadlock(owner, entry.Owner))
                {
                    throw DataverseFaults.DeadlockVictim();
                }

                entry.Waiters.AddLast(owner);
                owner.WaitingFor = resource;
            }

            var clock = Stopwatch.StartNew();
            while (true)
            {
                lock (_sync)
                {
                    if (entry.Owner == owner)
                    {
                        return;
                    }

                    if (clock.Elapsed >= Timeout)
                    {
                        entry.Waiters.Remove(owner);
                        owner.WaitingFor = null;
                        throw DataverseFaults.LockTimeout();
                    }
                }

                owner.Wakeup.Wait(Timeout - clock.Elapsed < TimeSpan.Zero ? TimeSpan.Zero : Timeout - clock.Elapsed);
            }
        }

        /// <summary>Releases everything the owner holds, handing each resource to its longest waiter.</summary>
        public void ReleaseAll(LockOwner owner)
        {
            var woken = new List<LockOwner>();
            lock (_sync)
            {
                foreach (var resource in owner.Held)
                {
                    var entry = _entries[resource];
                    if (entry.Waiters.First is { } first)
                    {
                        var next = first.Value;
                        entry.Waiters.RemoveFirst();
                        entry.Owner = next;
                        next.WaitingFor = null;
                        next.Held.Add(resource);
                        woken.Add(next);
                    }
                    else
                    {
                        _entries.Remove(resource);
                    }
                }

                owner.Held.Clear();
            }

            foreach (var next in woken)
            {
                next.Wakeup.Release();
            }
        }

        /// <summary>Whether the owner is blocked waiting for a lock (for tests that stage a race).</summary>
        public bool IsWaiting(LockOwner owner)
        {
            lock (_sync)
            {
                return owner.WaitingFor != null;
            }
        }

        /// <summary>How many resources are locked right now.</summary>
        public int LockedCount
        {
            get
            {
                lock (_sync)
                {
                    return _entries.Count;
                }
            }
        }

        /// <summary>Follows the wait-for chain from the holder: each waiting owner waits for one resource, held by one
        /// owner, so a cycle through the requester shows up as reaching it again. The graph is acyclic before this
        /// wait (every earlier wait passed this check), so the walk ends.</summary>
        private bool WouldDeadlock(LockOwner requester, LockOwner holder)
        {
            for (var current = holder; current.WaitingFor is { } awaited;)
            {
                current = _entries[awaited].Owner;
                if (current == requester)
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class Entry
        {
            public Entry(LockOwner owner) => Owner = owner;

            public LockOwner Owner { get; set; }

            public LinkedList<LockOwner> Waiters { get; } = new();
        }
    }
}
