namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>The aggregate attribute values of fetch XML, and GroupBy for groupby="true".</summary>
    internal enum AggregateFunction
    {
        GroupBy,
        Count,
        CountColumn,
        Sum,
        Avg,
        Min,
        Max,
    }
}
