using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>Plugins/README.md's table of registered steps says what Solution/customizations.xml registers.</summary>
    [TestClass]
    public sealed class PluginReadmeTests
    {
        [TestMethod]
        public void StepTable_IsTheRegistration()
        {
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "Plugins", "README.md"));
            var table = readme.Substring(readme.IndexOf("## Registered steps", System.StringComparison.Ordinal));

            var documented = Regex.Matches(table, @"^\| `(\w+)` \|(.*)$", RegexOptions.Multiline)
                .Select(match => match.Groups[1].Value + " |" + string.Join("|", match.Groups[2].Value.Split('|').Take(6)))
                .Select(Normalise)
                .ToList();

            CollectionAssert.AreEquivalent(Registered().ToList(), documented, string.Join("\n", documented));
        }

        private static IEnumerable<string> Registered()
        {
            var customizations = XDocument.Load(Path.Combine(Repository.SolutionFolder, "customizations.xml")).Root!;
            foreach (var step in customizations.Descendants("SdkMessageProcessingStep"))
            {
                var name = step.Attribute("Name")!.Value;
                var type = step.Element("PluginTypeName")!.Value.Split(',')[0].Split('.').Last();
                var message = Regex.Match(name, @": (\w+) of ").Groups[1].Value;
                var image = step.Descendants("SdkMessageProcessingStepImage").SingleOrDefault();
                var imageText = image == null ? string.Empty : image.Element("EntityAlias")!.Value + ": " + image.Element("Attributes")!.Value;
                yield return Normalise(string.Join(" | ", type, message, step.Element("PrimaryEntity")!.Value, step.Element("Stage")!.Value,
                    step.Element("Mode")!.Value == "1" ? "async" : "sync", step.Element("FilteringAttributes")!.Value, imageText));
            }
        }

        private static string Normalise(string row) => Regex.Replace(row.Replace(", ", ",").Replace(" ", string.Empty), @"\|+$", string.Empty);
    }
}
