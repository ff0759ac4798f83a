namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>A valid login with its zero-based position in the call.</summary>
    public sealed class IndexedEvent
    {
        public IndexedEvent(int index, GuestEvent guest)
        {
            Index = index;
            Event = guest;
        }

        public int Index { get; }

        public GuestEvent Event { get; }
    }
}
