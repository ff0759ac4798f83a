using System.IO;
using System.Linq;
using System.Reflection;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Where the built sdk/ assemblies and Microsoft's reference listings are, from the metadata tests/Directory.Build.props stamps.</summary>
    internal static class SdkBuild
    {
        public static string RepoRoot { get; } = Metadata("RepoRoot");

        public static string Configuration { get; } = Metadata("Configuration");

        /// <summary>Our built assembly, e.g. <c>sdk/Microsoft.Xrm.Sdk/bin/Debug/net462/Microsoft.Xrm.Sdk.dll</c>.</summary>
        public static string Assembly(string name, string targetFramework) =>
            Path.GetFullPath(Path.Combine(RepoRoot, "sdk", name, "bin", Configuration, targetFramework, name + ".dll"));

        /// <summary>Microsoft's listing for an assembly, in <c>../shared/reference/sdk-surface/</c> beside the repository.</summary>
        public static string ReferenceListing(string name) =>
            Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "reference", "sdk-surface", name + ".txt"));

        private static string Metadata(string key) =>
            typeof(SdkBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
            ?? throw new InvalidDataException($"AssemblyMetadata({key}) has no value; tests/Directory.Build.props sets it.");
    }
}
