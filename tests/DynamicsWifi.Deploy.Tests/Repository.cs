using System.IO;
using System.Linq;
using System.Reflection;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>Where the repository's folders are, from the build's RepoRoot.</summary>
    internal static class Repository
    {
        public static readonly string Root = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!;

        public static string Solution => Path.Combine(Root, "Solution");

        public static string Scripts => Path.Combine(Root, "pac-scripts");

        public static string PacDouble => Path.Combine(Root, "tests", "DynamicsWifi.Deploy.Tests", "PacDouble");

        public static string ManagedZip => Path.Combine(Root, "artifacts", "solution", "DynamicsWifiSolution_managed.zip");

        public static string Read(params string[] relativePath) => File.ReadAllText(Path.Combine(new[] { Root }.Concat(relativePath).ToArray()));
    }
}
