using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>The last plug-in executions (<see cref="Capacity"/> of them, 10,000 unless set) since the log was last
    /// cleared, in the order they ended. Dataverse's Plug-in Trace Log is bounded too (its records are deleted after
    /// a day); older records are dropped, so a long-running host needs no one to clear it.</summary>
    public sealed class PluginTraceLog
    {
        public const int DefaultCapacity = 10_000;

        private readonly RecordRing<PluginExecutionRecord> _records = new(DefaultCapacity);

        /// <summary>How many records the log keeps; setting it keeps the newest that fit.</summary>
        public int Capacity
        {
            get => _records.Capacity;
            set => _records.Capacity = value;
        }

        /// <summary>The kept records, oldest first.</summary>
        public IReadOnlyList<PluginExecutionRecord> Records => _records.Snapshot();

        public void Clear() => _records.Clear();

        internal void Add(PluginExecutionRecord record) => _records.Add(record);
    }
}
