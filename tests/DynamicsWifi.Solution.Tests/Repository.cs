using System.IO;
using System.Linq;
using System.Reflection;
using DynamicsWifi.Tests;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>Where the tests find the repository, its build outputs and Microsoft's schemas.</summary>
    internal static class Repository
    {
        public static string Root { get; } = Metadata("RepoRoot");

        public static string Configuration { get; } = Metadata("Configuration");

        public static string Version { get; } = Metadata("Version");

        public static string SolutionFolder => Path.Combine(Root, "Solution");

        public static string PluginAssemblyPath => Path.Combine(Root, "Plugins", "bin", Configuration, "net462", "DynamicsWifi.Plugins.dll");

        /// <summary>Our sdk/ build of Microsoft.Xrm.Sdk: public-signed with Microsoft's key, so it has a public key but no valid signature.</summary>
        public static string PublicSignedAssemblyPath => Path.Combine(Root, "Plugins", "bin", Configuration, "net462", "Microsoft.Xrm.Sdk.dll");

        public static string KeyPairPath => Path.Combine(Root, "keys", "DynamicsWifi.Plugins.snk");

        public static string BuiltZipFolder => Path.Combine(Root, "artifacts", "solution");

        /// <summary>Microsoft's solution schemas, in the reference material beside the repository: a test asking for them when
        /// they are absent is skipped.</summary>
        public static string SchemasFolder => ReferenceMaterial.Require("schemas");

        private static string Metadata(string key) =>
            typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
    }
}
