namespace DynamicsWifi.Client.Model
{
    /// <summary>An error of the event at <see cref="Index"/> (zero-based) of a batch.</summary>
    public sealed class IndexedError
    {
        public IndexedError(int index, EventError error)
        {
            Index = index;
            Error = error;
        }

        public int Index { get; }

        public EventError Error { get; }
    }
}
