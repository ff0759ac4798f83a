using System.Linq;
using System.Text.Json;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>docs/admin.md and the deployment settings template cover what the solution ships: every custom API,
    /// environment variable and error code.</summary>
    [TestClass]
    public sealed class AdminGuideTests
    {
        private static readonly string Guide = Repository.Read("docs", "admin.md");

        [TestMethod]
        public void EveryCustomApi_IsInTheApiTable()
        {
            var documented = MarkdownSections.RowNames(Guide);

            var missing = SolutionFacts.CustomApis().Where(api => !documented.Contains(api)).ToList();

            Assert.AreEqual(0, missing.Count, "docs/admin.md does not list these custom APIs of Solution/customapis/: " + string.Join(", ", missing) +
                ". Add a row '| `name` | who calls it | what it does |' to the custom API table under 'What you install', and what an admin must do for it (privileges, monitoring).");
        }

        [TestMethod]
        public void EveryEnvironmentVariable_IsInTheSettingsTable()
        {
            var documented = MarkdownSections.RowNames(Guide);

            var missing = SolutionFacts.EnvironmentVariables().Where(variable => !documented.Contains(variable)).ToList();

            Assert.AreEqual(0, missing.Count, "docs/admin.md does not list these environment variables of Solution/environmentvariabledefinitions/: " + string.Join(", ", missing) +
                ". Add a row '| `schema name` | default | what it does |' to the table under 'Settings (environment variables)'.");
        }

        [TestMethod]
        public void EveryErrorCode_HasATroubleshootingRow()
        {
            var documented = MarkdownSections.RowNames(Guide);

            var missing = WifiErrorCodes.All.Where(code => !documented.Contains(code)).ToList();

            Assert.AreEqual(0, missing.Count, "docs/admin.md has no troubleshooting row for these codes of WifiErrorCodes.All: " + string.Join(", ", missing) +
                ". Add a row '| `CODE` | what it means | what to do (and whose job it is) |' to 'Troubleshooting by error code'.");
        }

        [TestMethod]
        public void SettingsTemplate_ListsExactlyTheSolutionsEnvironmentVariables()
        {
            using var template = JsonDocument.Parse(Repository.Read("pac-scripts", "settings", "deployment-settings.template.json"));

            var listed = template.RootElement.GetProperty("EnvironmentVariables").EnumerateArray().Select(variable => variable.GetProperty("SchemaName").GetString()!).OrderBy(name => name, System.StringComparer.Ordinal).ToArray();

            CollectionAssert.AreEqual(SolutionFacts.EnvironmentVariables().ToArray(), listed,
                "pac-scripts/settings/deployment-settings.template.json must list every environment variable of Solution/environmentvariabledefinitions/ once, as " +
                "{ \"SchemaName\": \"<name>\", \"Value\": \"\" } (the format pac solution create-settings writes; an empty Value keeps the default).");
            Assert.AreEqual(0, template.RootElement.GetProperty("ConnectionReferences").GetArrayLength(), "the solution has no connection references");
            Assert.IsTrue(template.RootElement.GetProperty("EnvironmentVariables").EnumerateArray().All(variable => variable.GetProperty("Value").GetString() == string.Empty), "the template holds no environment's values");
        }
    }
}
