using System.Collections.Generic;
using System.Threading;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>The record of the last top-level requests (<see cref="Capacity"/> of them, 10,000 unless set) since the
    /// log was last cleared, in completion order: what tests and benchmarks count service calls and rows with. Older
    /// records are dropped, so a long-running host needs no one to clear it.</summary>
    public sealed class RequestLog
    {
        public const int DefaultCapacity = 10_000;

        private readonly RecordRing<RequestRecord> _records = new(DefaultCapacity);
        private long _totalCalls;

        /// <summary>How many records the log keeps; setting it keeps the newest that fit.</summary>
        public int Capacity
        {
            get => _records.Capacity;
            set => _records.Capacity = value;
        }

        /// <summary>The kept records, oldest first.</summary>
        public IReadOnlyList<RequestRecord> Records => _records.Snapshot();

        /// <summary>Service calls of every request recorded since the last clear, nested ones included, dropped records too.</summary>
        public long TotalCalls => Interlocked.Read(ref _totalCalls);

        public void Clear()
        {
            _records.Clear();
            Interlocked.Exchange(ref _totalCalls, 0);
        }

        internal void Add(RequestRecord record)
        {
            _records.Add(record);
            Interlocked.Add(ref _totalCalls, record.Calls.Count);
        }
    }
}
