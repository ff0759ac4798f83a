using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class SolutionZipTests
    {
        private const string AssemblyEntry = "PluginAssemblies/DynamicsWifiPlugins-9A735208-85FA-425F-80DB-E946A74A4F6E/DynamicsWifiPlugins.dll";

        [TestMethod]
        [DataRow(Packager.UnmanagedZipName)]
        [DataRow(Packager.ManagedZipName)]
        public void BuiltZip_HoldsTheSolutionFilesAndTheAssembly(string zipName)
        {
            var entries = ReadEntries(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, zipName)));

            var sourceFiles = Directory.EnumerateFiles(Repository.SolutionFolder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Repository.SolutionFolder, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(path => !path.Split('/').Any(segment => segment.StartsWith('.')));
            CollectionAssert.AreEqual(sourceFiles.Append(AssemblyEntry).Order(StringComparer.Ordinal).ToArray(), entries.Keys.ToArray());
            CollectionAssert.Contains(entries.Keys.ToArray(), "customapis/cr_RecordWifiAuthentication/customapi.xml");
        }

        [TestMethod]
        public void BuiltZip_AssemblySitsWhereCustomizationsNamesIt()
        {
            var customizations = XDocument.Load(Path.Combine(Repository.SolutionFolder, "customizations.xml"));
            var fileName = customizations.Descendants("PluginAssembly").Single().Element("FileName")!.Value;

            var entries = ReadEntries(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, Packager.UnmanagedZipName)));

            CollectionAssert.AreEqual(File.ReadAllBytes(Repository.PluginAssemblyPath), entries[fileName.TrimStart('/')]);
        }

        [TestMethod]
        public void BuiltZip_SolutionFilesAreByteForByteTheSource()
        {
            var entries = ReadEntries(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, Packager.UnmanagedZipName)));

            foreach (var path in new[] { "[Content_Types].xml", "customizations.xml", "environmentvariabledefinitions/cr_WifiDefaultCountry/environmentvariabledefinition.xml" })
            {
                CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(Repository.SolutionFolder, path)), entries[path], path);
            }
        }

        [TestMethod]
        [DataRow(Packager.UnmanagedZipName, "0")]
        [DataRow(Packager.ManagedZipName, "1")]
        public void BuiltZip_ManifestCarriesTheBuildVersionAndManagedFlag(string zipName, string managed)
        {
            var entries = ReadEntries(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, zipName)));

            var manifest = XDocument.Load(new MemoryStream(entries["solution.xml"])).Root!.Element("SolutionManifest")!;
            Assert.AreEqual(Repository.Version, manifest.Element("Version")!.Value);
            Assert.AreEqual(managed, manifest.Element("Managed")!.Value);
        }

        [TestMethod]
        public void PackingTwice_GivesTheSameBytesAsTheBuild()
        {
            var first = PackToTemp();
            var second = PackToTemp();

            foreach (var zipName in new[] { Packager.UnmanagedZipName, Packager.ManagedZipName })
            {
                CollectionAssert.AreEqual(first[zipName], second[zipName], zipName);
                CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, zipName)), first[zipName], zipName);
            }
        }

        [TestMethod]
        public void BuiltZip_EntriesCarryNoTimeOrPlatform()
        {
            using var zip = new ZipArchive(new MemoryStream(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, Packager.UnmanagedZipName))));

            Assert.IsTrue(zip.Entries.All(entry => entry.LastWriteTime.DateTime == new DateTime(1980, 1, 1) && entry.ExternalAttributes == 0));
        }

        internal static SortedDictionary<string, byte[]> ReadEntries(byte[] zipBytes)
        {
            using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
            var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries)
            {
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }

                entries.Add(entry.FullName, content.ToArray());
            }

            return entries;
        }

        private static Dictionary<string, byte[]> PackToTemp()
        {
            var output = Path.Combine(Path.GetTempPath(), "dynamicswifi-zips-" + Guid.NewGuid().ToString("N"));
            try
            {
                Packager.Pack(new PackRequest(Repository.SolutionFolder, Repository.PluginAssemblyPath, Repository.Version, output));
                return Directory.GetFiles(output).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);
            }
            finally
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
