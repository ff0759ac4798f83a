using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>The relay's durable queue: at-least-once, every event ends recorded or dead-lettered with a reason. The
    /// SQLite file (one machine, one drainer holding the lease) and Azure Service Bus (several relays, competing
    /// drainers) keep the same contract.</summary>
    public interface IEventQueue : IAsyncDisposable
    {
        /// <summary>Stores the events durably (refused ones straight to the dead letters) before it returns; false, and
        /// nothing stored, when the queue is at its bound.</summary>
        Task<bool> EnqueueAsync(IReadOnlyList<IntakeEvent> events, CancellationToken cancel);

        /// <summary>True while this process may drain: takes or renews the lease (SQLite), or always (Service Bus).</summary>
        Task<bool> HoldDrainLeaseAsync(CancellationToken cancel);

        /// <summary>Batches formed before this process started and never settled (a crash), to be sent again under their
        /// own BatchId.</summary>
        Task<IReadOnlyList<DrainBatch>> UnsettledBatchesAsync(CancellationToken cancel);

        /// <summary>The next batch of up to <paramref name="maxEvents"/> events, oldest first, or null when none wait.
        /// Events already sent too often are dead-lettered instead.</summary>
        Task<DrainBatch?> NextBatchAsync(int maxEvents, CancellationToken cancel);

        /// <summary>Keeps a batch that is still being recorded from returning to the queue (Service Bus message locks).</summary>
        Task KeepAliveAsync(DrainBatch batch, CancellationToken cancel);

        Task SettleAsync(DrainBatch batch, BatchSettlement settlement, CancellationToken cancel);

        Task<QueueSnapshot> SnapshotAsync(CancellationToken cancel);
    }
}
