namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>One organization service call: its message, the table it addressed (empty when none), and its depth
    /// (1 for the caller's own call, more for calls made while handling it).</summary>
    public sealed class ServiceCall
    {
        public ServiceCall(string message, string table, int depth)
        {
            Message = message;
            Table = table;
            Depth = depth;
        }

        public string Message { get; }

        public string Table { get; }

        public int Depth { get; }

        public override string ToString() => Depth + " " + Message + (Table.Length == 0 ? string.Empty : " " + Table);
    }
}
