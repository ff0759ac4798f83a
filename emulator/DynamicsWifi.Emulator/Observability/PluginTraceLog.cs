using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>Every plug-in execution since the log was last cleared, in the order they ended.</summary>
    public sealed class PluginTraceLog
    {
        private readonly ConcurrentQueue<PluginExecutionRecord> _records = new();

        public IReadOnlyList<PluginExecutionRecord> Records => _records.ToList();

        public void Clear() => _records.Clear();

        internal void Add(PluginExecutionRecord record) => _records.Enqueue(record);
    }
}
