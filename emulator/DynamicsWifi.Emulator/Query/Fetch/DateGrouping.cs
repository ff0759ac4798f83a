namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>The dategrouping values the emulator evaluates; fiscal-period and fiscal-year need the organization's
    /// fiscal settings and are refused.</summary>
    internal enum DateGrouping
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
    }
}
