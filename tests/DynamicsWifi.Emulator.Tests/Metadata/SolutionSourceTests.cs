using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.SolutionFiles;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    [TestClass]
    public sealed class SolutionSourceTests
    {
        [TestMethod]
        public void Folder_ListsRootFilesByZipPath()
        {
            var source = SolutionSource.Open(SolutionSamples.Folder(SolutionSamples.ColumnLevelSecurity));

            CollectionAssert.AreEquivalent(new[] { "[Content_Types].xml", "customizations.xml", "solution.xml" }, source.Files.ToList());
        }

        [TestMethod]
        public void ZipAndFolder_HoldTheSameFilesAndText()
        {
            var folder = SolutionSamples.OwnSolution;
            var zip = SolutionSamples.ZipOf(folder);

            var fromFolder = SolutionSource.Open(folder);
            var fromZip = SolutionSource.Open(zip);

            CollectionAssert.AreEqual(fromFolder.Files.ToList(), fromZip.Files.ToList());
            foreach (var file in fromFolder.Files)
            {
                CollectionAssert.AreEqual(fromFolder.ReadBytes(file), fromZip.ReadBytes(file), file);
            }

            File.Delete(zip);
        }

        [TestMethod]
        public void FoldersUnder_GivesEachCustomApiOnce()
        {
            var source = SolutionSource.Open(SolutionSamples.Folder(SolutionSamples.ExportDataUsingFetchXml));

            var apis = source.FoldersUnder("customapis");

            Assert.HasCount(2, apis);
            Assert.IsTrue(apis.All(api => source.Exists($"customapis/{api}/customapi.xml")));
        }

        [TestMethod]
        public void FilesUnder_ListsFilesAtAnyDepth()
        {
            var source = SolutionSource.Open(SolutionSamples.OwnSolution);

            var files = source.FilesUnder("environmentvariabledefinitions/");

            CollectionAssert.Contains(files.ToList(), "environmentvariabledefinitions/cr_WifiDefaultCountry/environmentvariabledefinition.xml");
            Assert.IsTrue(files.All(file => file.StartsWith("environmentvariabledefinitions/", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void ReadText_DropsTheByteOrderMark()
        {
            var source = SolutionSource.Open(SolutionSamples.OwnSolution);

            var text = source.ReadText("[Content_Types].xml");

            Assert.StartsWith("<", text);
        }

        [TestMethod]
        public void PathsWithBackslashOrOtherCase_FindTheSameFile()
        {
            var source = SolutionSource.Open(SolutionSamples.OwnSolution);

            Assert.IsTrue(source.Exists("/Customizations.XML"));
            Assert.IsTrue(source.Exists(".\\customizations.xml".TrimStart('.')));
        }

        [TestMethod]
        public void MissingFile_FailsNamingIt()
        {
            var source = SolutionSource.Open(SolutionSamples.OwnSolution);

            var error = Assert.ThrowsExactly<FileNotFoundException>(() => source.ReadText("customapis/none/customapi.xml"));

            Assert.Contains("customapis/none/customapi.xml", error.Message);
        }

        [TestMethod]
        public void MissingFolderOrZip_FailsNamingIt()
        {
            var error = Assert.ThrowsExactly<FileNotFoundException>(() => SolutionSource.Open("/nowhere/solution.zip"));

            Assert.Contains("/nowhere/solution.zip", error.Message);
        }

        [TestMethod]
        public void RepositoryDotFiles_AreNotPartOfTheSolutionInAFolderOrItsZip()
        {
            var folder = TemporaryFolder(("customizations.xml", "<ImportExportXml />"), (".gitattributes", "*.xml -text"), (".git/config", "[core]"));
            var zip = SolutionSamples.ZipOf(folder);

            var fromFolder = SolutionSource.Open(folder);
            var fromZip = SolutionSource.Open(zip);

            CollectionAssert.AreEqual(new[] { "customizations.xml" }, fromFolder.Files.ToList());
            CollectionAssert.AreEqual(new[] { "customizations.xml" }, fromZip.Files.ToList());
            Directory.Delete(folder, recursive: true);
            File.Delete(zip);
        }

        [TestMethod]
        public void PathsDifferingOnlyInCase_AreRefusedNamingBoth()
        {
            var error = Assert.ThrowsExactly<InvalidDataException>(() => SolutionSource.FromFiles(
                "inline",
                new[] { new KeyValuePair<string, byte[]>("customizations.xml", new byte[1]), new KeyValuePair<string, byte[]>("Customizations.xml", new byte[1]) }));

            Assert.Contains("'customizations.xml' and 'Customizations.xml'", error.Message);
        }

        private static string TemporaryFolder(params (string Path, string Text)[] files)
        {
            var folder = Path.Combine(Path.GetTempPath(), "dynamicswifi-source-" + System.Guid.NewGuid().ToString("N"));
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            return folder;
        }
    }
}
