using System.IO;
using System.Linq;
using System.Reflection;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Where the repository's own Solution/ is, from the build's RepoRoot.</summary>
    internal static class Repository
    {
        public static readonly string Root = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!;

        public static string OurSolution => Path.Combine(Root, "Solution");
    }
}
