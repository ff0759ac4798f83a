using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>Solution/ keeps the bytes Dataverse exports write; Solution/.gitattributes stops Git from changing them.</summary>
    [TestClass]
    public sealed class SolutionSourceFormatTests
    {
        [TestMethod]
        public void XmlFiles_UseCrLfLineEndsAndNoFinalNewline()
        {
            var xmlFiles = Directory.GetFiles(Repository.SolutionFolder, "*.xml", SearchOption.AllDirectories);

            foreach (var file in xmlFiles)
            {
                var bytes = File.ReadAllBytes(file);
                var bareLineFeeds = bytes.Where((b, i) => b == '\n' && (i == 0 || bytes[i - 1] != '\r')).Count();
                Assert.AreEqual(0, bareLineFeeds, file);
                Assert.AreNotEqual((byte)'\n', bytes[^1], file);
            }
        }

        [TestMethod]
        public void ContentTypes_IsOneLineWithByteOrderMark()
        {
            var bytes = File.ReadAllBytes(Path.Combine(Repository.SolutionFolder, "[Content_Types].xml"));

            CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.IsFalse(bytes.Contains((byte)'\n'));
        }

        [TestMethod]
        public void SolutionFolder_HoldsNoAssembly()
        {
            var assemblies = Directory.GetFiles(Repository.SolutionFolder, "*.dll", SearchOption.AllDirectories);

            Assert.IsEmpty(assemblies, string.Join(", ", assemblies.Select(Path.GetFileName)));
        }
    }
}
