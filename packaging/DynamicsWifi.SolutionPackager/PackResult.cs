namespace DynamicsWifi.SolutionPackager
{
    /// <summary>The two zips written by one packing run.</summary>
    public sealed record PackResult(string UnmanagedZipPath, string ManagedZipPath);
}
