using System.IO;
using System.Linq;
using System.Reflection;

namespace DynamicsWifi.Cli.Local
{
    /// <summary>The solution the local host serves by default: ./Solution where the command is typed, else the Solution/
    /// of the repository this command was built from.</summary>
    public static class RepositorySolution
    {
        public static string Path()
        {
            if (Directory.Exists("Solution"))
            {
                return System.IO.Path.GetFullPath("Solution");
            }

            var root = typeof(RepositorySolution).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!;
            return System.IO.Path.Combine(root, "Solution");
        }
    }
}
