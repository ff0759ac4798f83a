using System.IO;
using System.Linq;
using System.Reflection;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>Fresh emulators: over the test library solution, or over our own Solution/ as the repository holds it.</summary>
    internal static class Emulators
    {
        public static DataverseEmulator Library() => DataverseEmulator.FromSolution(LibrarySolution.Path, typeof(Emulators).Assembly);

        public static DataverseEmulator DynamicsWifi() => DataverseEmulator.FromSolution(Path.Combine(RepoRoot(), "Solution"), typeof(Emulators).Assembly);

        private static string RepoRoot() => typeof(Emulators).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepoRoot").Value!;
    }
}
