using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.SolutionFiles;

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
            var source = SolutionFolderCheck.Read(request.SolutionFolder);
            if (!File.Exists(request.AssemblyPath))
            {
                throw new PackagingException($"The plug-in assembly '{request.AssemblyPath}' does not exist; build Plugins for net462 first.");
            }

            var entries = CheckedEntries(source, File.ReadAllBytes(request.AssemblyPath));
            var unmanaged = Zip(entries, source, request.Version, managed: false);
            var managed = Zip(entries, source, request.Version, managed: true);

            Directory.CreateDirectory(request.OutputFolder);
            var result = new PackResult(Path.Combine(request.OutputFolder, UnmanagedZipName), Path.Combine(request.OutputFolder, ManagedZipName));
            File.WriteAllBytes(result.UnmanagedZipPath, unmanaged);
            File.WriteAllBytes(result.ManagedZipPath, managed);
            return result;
        }

        /// <summary>The zip entries (Solution/ plus the assembly where customizations.xml names it), once every check passed.</summary>
        private static Dictionary<string, byte[]> CheckedEntries(SolutionSource source, byte[] assembly)
        {
            var registration = PluginRegistration.Read(source);
            var problems = RegistrationCheck.FindProblems(registration, PluginAssemblyReader.Read(assembly)).ToList();

            var entries = source.Files.ToDictionary(path => path, source.ReadBytes, System.StringComparer.Ordinal);
            entries[registration.ZipEntryPath] = assembly;
            problems.AddRange(ContentTypesCheck.FindProblems(source.ReadBytes(SolutionSource.ContentTypesPath), entries.Keys));

            return problems.Count > 0 ? throw new PackagingException(problems) : entries;
        }

        private static byte[] Zip(Dictionary<string, byte[]> entries, SolutionSource source, string version, bool managed)
        {
            var stamped = new Dictionary<string, byte[]>(entries, System.StringComparer.Ordinal)
            {
                [SolutionSource.ManifestPath] = SolutionManifestStamp.Apply(source.ReadBytes(SolutionSource.ManifestPath), version, managed),
            };
            return DeterministicZipWriter.Write(stamped);
        }
    }
}
