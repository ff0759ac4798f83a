using System.IO;
using System.Linq;
using System.Text;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>
    /// A managed export of the same solution changes solution.xml's Managed element and nothing else we ship
    /// (managed properties such as IsCustomizable are set in the source, not by the export).
    /// </summary>
    [TestClass]
    public sealed class ManagedPackageTests
    {
        [TestMethod]
        public void ManagedAndUnmanaged_HoldTheSameFilesWithTheSameBytesExceptTheManifest()
        {
            var (unmanaged, managed) = ReadBoth();

            CollectionAssert.AreEqual(unmanaged.Keys.ToArray(), managed.Keys.ToArray());
            foreach (var path in unmanaged.Keys.Where(path => path != "solution.xml"))
            {
                CollectionAssert.AreEqual(unmanaged[path], managed[path], path);
            }
        }

        [TestMethod]
        public void ManagedManifest_DiffersOnlyInTheManagedElement()
        {
            var (unmanaged, managed) = ReadBoth();

            var unmanagedText = Encoding.UTF8.GetString(unmanaged["solution.xml"]);
            var managedText = Encoding.UTF8.GetString(managed["solution.xml"]);

            Assert.AreEqual(unmanagedText.Replace("<Managed>0</Managed>", "<Managed>1</Managed>", System.StringComparison.Ordinal), managedText);
            Assert.AreNotEqual(unmanagedText, managedText);
        }

        private static (System.Collections.Generic.SortedDictionary<string, byte[]> Unmanaged, System.Collections.Generic.SortedDictionary<string, byte[]> Managed) ReadBoth() =>
            (SolutionZipTests.ReadEntries(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, Packager.UnmanagedZipName))),
             SolutionZipTests.ReadEntries(File.ReadAllBytes(Path.Combine(Repository.BuiltZipFolder, Packager.ManagedZipName))));
    }
}
