using DynamicsWifi.Emulator;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.SolutionFiles;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>The data layer alone: the solution's tables without its steps, so the figures are the store's and the
    /// service's.</summary>
    internal static class DataLayer
    {
        public static IOrganizationService Service(string solutionFolder)
        {
            var solution = SolutionSource.Open(solutionFolder);
            var emulator = DataverseEmulator.Start(solution, SolutionMetadataReader.Read(solution), SolutionRegistrations.None, pluginAssembly: null);
            return emulator.CreateOrganizationService(null);
        }
    }
}
