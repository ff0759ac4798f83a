using System.Collections.Generic;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>What the packager needs to know about the built plug-in assembly, read from its metadata.</summary>
    public sealed record PluginAssemblyInfo(
        AssemblyIdentity Identity,
        byte[] PublicKey,
        bool IsStrongNameSigned,
        IReadOnlyList<string> PluginTypeNames,
        IReadOnlyList<AssemblyIdentity> References);
}
