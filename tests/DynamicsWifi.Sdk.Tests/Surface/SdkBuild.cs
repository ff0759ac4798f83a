using System.IO;
using System.Linq;
using System.Reflection;
using DynamicsWifi.Tests;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Where the built sdk/ assemblies and Microsoft's listings are, from the metadata tests/Directory.Build.props stamps.</summary>
    internal static class SdkBuild
    {
        public static string RepoRoot { get; } = Metadata("RepoRoot");

        public static string Configuration { get; } = Metadata("Configuration");

        /// <summary>Our built assembly, e.g. <c>sdk/Microsoft.Xrm.Sdk/bin/Debug/net462/Microsoft.Xrm.Sdk.dll</c>.</summary>
        public static string Assembly(string name, string targetFramework) =>
            Path.GetFullPath(Path.Combine(RepoRoot, "sdk", name, "bin", Configuration, targetFramework, name + ".dll"));

        /// <summary>Microsoft's whole listing for an assembly, in the reference material beside the repository: a test
        /// asking for it when it is absent is skipped.</summary>
        public static string ReferenceListing(string name) => ReferenceMaterial.Require(Path.Combine("sdk-surface", name + ".txt"));

        /// <summary>The lines of Microsoft's listing this repository relies on, kept in it (<c>Surface/MicrosoftLines/</c>).</summary>
        public static string RecordedLines(string name) =>
            Path.GetFullPath(Path.Combine(RepoRoot, "tests", "DynamicsWifi.Sdk.Tests", "Surface", "MicrosoftLines", name + ".txt"));

        private static string Metadata(string key) =>
            typeof(SdkBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
            ?? throw new InvalidDataException($"AssemblyMetadata({key}) has no value; tests/Directory.Build.props sets it.");
    }
}
