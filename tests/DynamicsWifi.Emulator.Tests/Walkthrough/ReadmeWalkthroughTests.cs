using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DynamicsWifi.Emulator.Tests.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Walkthrough
{
    /// <summary>emulator/README.md's "Test your own plug-in" shows the files of this folder verbatim, each code block
    /// after a <c>&lt;!-- walkthrough: path --&gt;</c> line: the walkthrough a reader copies is the test that runs here.</summary>
    [TestClass]
    public sealed class ReadmeWalkthroughTests
    {
        private const string Folder = "tests/DynamicsWifi.Emulator.Tests/Walkthrough/";

        private static readonly Regex Block = new(
            @"<!-- walkthrough: (?<path>[^>]+?) -->\s*```[a-z]*\n(?<code>.*?)\n```",
            RegexOptions.Singleline | RegexOptions.CultureInvariant);

        [TestMethod]
        public void ReadmeCodeBlocks_AreTheWalkthroughFilesVerbatim()
        {
            var readme = Normalize(File.ReadAllText(Path.Combine(SolutionSamples.RepoRoot, "emulator", "README.md")));

            var blocks = Block.Matches(readme).ToDictionary(match => match.Groups["path"].Value, match => match.Groups["code"].Value);

            CollectionAssert.AreEquivalent(WalkthroughFiles(), blocks.Keys.ToList(), "every walkthrough file is shown once, and nothing else is marked");
            foreach (var (path, code) in blocks)
            {
                Assert.AreEqual(Normalize(File.ReadAllText(Path.Combine(SolutionSamples.RepoRoot, path))).TrimEnd('\n'), code, path + " differs from its README block");
            }
        }

        private static string[] WalkthroughFiles()
        {
            var root = Path.Combine(SolutionSamples.RepoRoot, Folder);
            return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Where(file => Path.GetFileName(file) != nameof(ReadmeWalkthroughTests) + ".cs")
                .Select(file => Folder + Path.GetRelativePath(root, file).Replace('\\', '/'))
                .ToArray();
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
