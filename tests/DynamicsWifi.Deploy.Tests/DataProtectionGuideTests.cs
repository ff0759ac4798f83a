using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>docs/data-protection.md describes every column the solution stores, and labels nothing as planned
    /// that already ships.</summary>
    [TestClass]
    public sealed class DataProtectionGuideTests
    {
        private static readonly string Guide = Repository.Read("docs", "data-protection.md");

        [TestMethod]
        public void EveryColumnOfTheSolution_HasARow()
        {
            var sections = new MarkdownSections(Guide);

            var missing = SolutionFacts.Columns().SelectMany(table => table.Value.Select(column => (Table: table.Key, Column: column)))
                .Where(entry => !sections.Naming(entry.Table).Any(section => !section.Heading.Contains("Planned", StringComparison.Ordinal) && MarkdownSections.RowNames(section.Body).Contains(entry.Column)))
                .Select(entry => $"{entry.Table}.{entry.Column}")
                .ToList();

            Assert.AreEqual(0, missing.Count,
                "docs/data-protection.md does not describe these columns of Solution/customizations.xml: " + string.Join(", ", missing) +
                ". For each, add a row '| `column` | personal data (yes/no, why) | what it holds | why it is stored | retention |' to the table under the heading " +
                "that names the table in backticks (for a new table, add a '### `table`: Display name' section, and cover its retention and erasure below).");
        }

        [TestMethod]
        public void PlannedSections_NameOnlyTablesTheSolutionDoesNotShipYet()
        {
            var shipped = SolutionFacts.Columns().Keys.ToHashSet();

            var stale = shipped.Where(table => new MarkdownSections(Guide).Naming(table).Any(section => section.Heading.Contains("Planned", StringComparison.Ordinal))).ToList();

            Assert.AreEqual(0, stale.Count,
                "docs/data-protection.md calls these tables planned, but Solution/ now ships them: " + string.Join(", ", stale) +
                ". Replace each 'Planned' section with the table's column rows, and drop 'not in this release' and 'planned' for it elsewhere in the guide (retention, erasure, consent).");
        }

        [TestMethod]
        public void RetentionJob_DeletesOldSessionsAndBatchesByColumnsTheSolutionHas()
        {
            using var job = System.Text.Json.JsonDocument.Parse(Repository.Read("docs", "retention", "bulk-delete-wifi-sessions.json"));
            var columns = SolutionFacts.Columns();

            var queries = job.RootElement.GetProperty("QuerySet").EnumerateArray().ToDictionary(
                query => query.GetProperty("EntityName").GetString()!,
                query => query.GetProperty("Criteria").GetProperty("Conditions").EnumerateArray().Single());

            CollectionAssert.AreEquivalent(new[] { "cr_wifivisit", "cr_wifiingestbatch" }, queries.Keys.ToArray());
            Assert.AreEqual("cr_sessionstart", queries["cr_wifivisit"].GetProperty("AttributeName").GetString());
            CollectionAssert.Contains(columns["cr_wifivisit"].ToArray(), "cr_sessionstart");
            Assert.AreEqual("createdon", queries["cr_wifiingestbatch"].GetProperty("AttributeName").GetString(), "a table's created on, present on every table");
            Assert.IsTrue(queries.Values.All(condition => condition.GetProperty("Operator").GetString() == "OlderThanXDays"));
            Assert.AreEqual("FREQ=DAILY;INTERVAL=1;", job.RootElement.GetProperty("RecurrencePattern").GetString());
        }
    }
}
