using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// Builds the unmanaged and managed solution zips from Solution/ and the built plug-in assembly, after
    /// checking that the two agree. The zips differ only in solution.xml's Managed element.
    /// </summary>
    public static class Packager
    {
        public const string UnmanagedZipName = "DynamicsWifiSolution.zip";
        public const string ManagedZipName = "DynamicsWifiSolution_managed.zip";

        public static PackResult Pack(PackRequest request)
        {
            var source = SolutionSource.Read(request.SolutionFolder);
            if (!File.Exists(request.AssemblyPath))
            {
                throw new PackagingException($"The plug-in assembly '{request.AssemblyPath}' does not exist; build Plugins for net462 first.");
            }

            var assembly = File.ReadAllBytes(request.AssemblyPath);
            var unmanaged = BuildZip(source, assembly, request.Version, managed: false);
            var managed = BuildZip(source, assembly, request.Version, managed: true);

            Directory.CreateDirectory(request.OutputFolder);
            var result = new PackResult(Path.Combine(request.OutputFolder, UnmanagedZipName), Path.Combine(request.OutputFolder, ManagedZipName));
            File.WriteAllBytes(result.UnmanagedZipPath, unmanaged);
            File.WriteAllBytes(result.ManagedZipPath, managed);
            return result;
        }

        public static byte[] BuildZip(SolutionSource source, byte[] assembly, string version, bool managed)
        {
            var registration = PluginRegistration.Read(source.Customizations, source.Manifest);
            var problems = RegistrationCheck.FindProblems(registration, PluginAssemblyReader.Read(assembly)).ToList();

            var entries = new Dictionary<string, byte[]>(source.Files, System.StringComparer.Ordinal)
            {
                [SolutionSource.ManifestPath] = SolutionManifestStamp.Apply(source.Manifest, version, managed),
                [registration.ZipEntryPath] = assembly,
            };
            problems.AddRange(ContentTypesCheck.FindProblems(source.Files[SolutionSource.ContentTypesPath], entries.Keys));

            return problems.Count > 0 ? throw new PackagingException(problems) : DeterministicZipWriter.Write(entries);
        }
    }
}
