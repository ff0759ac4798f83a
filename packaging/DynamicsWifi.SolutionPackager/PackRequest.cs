namespace DynamicsWifi.SolutionPackager
{
    /// <summary>What to pack: the Solution/ folder, the built net462 plug-in assembly, the solution version and where the zips go.</summary>
    public sealed record PackRequest(string SolutionFolder, string AssemblyPath, string Version, string OutputFolder);
}
