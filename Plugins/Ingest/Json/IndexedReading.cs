namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>One event of a batch by its zero-based position in Events, the Index callers see in errors and results.</summary>
    public sealed class IndexedReading
    {
        public IndexedReading(int index, EventReading reading)
        {
            Index = index;
            Reading = reading;
        }

        public int Index { get; }

        public EventReading Reading { get; }
    }
}
