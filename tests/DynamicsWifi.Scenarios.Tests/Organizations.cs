using System.IO;
using System.Linq;
using System.Reflection;
using DynamicsWifi.Emulator;
using DynamicsWifi.Plugins.EventPlugins;

namespace DynamicsWifi.Scenarios.Tests
{
    /// <summary>A fresh organization with the Dynamics WiFi solution imported: Solution/ as the repository holds it, its
    /// plug-ins from the built plug-in assembly, run by the emulator as Dataverse runs them from their registrations.</summary>
    internal static class Organizations
    {
        private static readonly string SolutionFolder = Path.Combine(
            typeof(Organizations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepoRoot").Value!,
            "Solution");

        public static DataverseEmulator WithDynamicsWifi() =>
            DataverseEmulator.FromSolution(SolutionFolder, typeof(SyncIdentityKeyOnContactChange).Assembly);
    }
}
