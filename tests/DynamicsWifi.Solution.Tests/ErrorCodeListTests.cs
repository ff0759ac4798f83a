using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>The platform's engineers read the codes in CustomApis/README.md; the plug-ins raise WifiErrorCodes.</summary>
    [TestClass]
    public sealed class ErrorCodeListTests
    {
        [TestMethod]
        public void ReadmeTable_ListsExactlyTheCodesThePluginsRaise()
        {
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "CustomApis", "README.md"));
            var table = readme.Substring(readme.IndexOf("## Error codes", System.StringComparison.Ordinal));

            var documented = Regex.Matches(table, @"^\| `(WIFI_[A-Z_]+)` \|", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToArray();

            CollectionAssert.AreEqual(WifiErrorCodes.All.ToArray(), documented);
        }
    }
}
