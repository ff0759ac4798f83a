using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>The record of every top-level request since the log was last cleared, in completion order: what tests
    /// and benchmarks count service calls and rows with.</summary>
    public sealed class RequestLog
    {
        private readonly ConcurrentQueue<RequestRecord> _records = new();

        public IReadOnlyList<RequestRecord> Records => _records.ToList();

        /// <summary>Service calls of every recorded request, nested ones included.</summary>
        public int TotalCalls => _records.Sum(record => record.Calls.Count);

        public void Clear() => _records.Clear();

        internal void Add(RequestRecord record) => _records.Enqueue(record);
    }
}
