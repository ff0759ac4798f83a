using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class EnvironmentVariableDefinitionTests
    {
        private const string StringType = "100000000";
        private const string NumberType = "100000001";

        [TestMethod]
        public void EveryDefinition_SitsInAFolderNamedAfterItsSchemaName()
        {
            var folders = Directory.GetDirectories(Path.Combine(Repository.SolutionFolder, "environmentvariabledefinitions"));

            foreach (var folder in folders)
            {
                var definition = XDocument.Load(Path.Combine(folder, "environmentvariabledefinition.xml")).Root!;
                Assert.AreEqual(Path.GetFileName(folder), definition.Attribute("schemaname")!.Value);
            }
        }

        [TestMethod]
        public void DefaultCountry_IsAStringDefaultingToGreatBritain()
        {
            var definition = XDocument.Load(Path.Combine(Repository.SolutionFolder, "environmentvariabledefinitions", "cr_WifiDefaultCountry", "environmentvariabledefinition.xml")).Root!;

            Assert.AreEqual(StringType, definition.Element("type")!.Value);
            Assert.AreEqual("GB", definition.Element("defaultvalue")!.Value);
            Assert.AreEqual("0", definition.Element("isrequired")!.Value);
        }

        [TestMethod]
        public void DefaultCountry_ShipsNoCurrentValue()
        {
            var files = Directory.GetFiles(Path.Combine(Repository.SolutionFolder, "environmentvariabledefinitions", "cr_WifiDefaultCountry")).Select(Path.GetFileName);

            CollectionAssert.AreEqual(new[] { "environmentvariabledefinition.xml" }, files.ToArray());
        }
    

        [TestMethod]
        [DataRow("cr_WifiVisitGapMinutes", "30")]
        [DataRow("cr_WifiFreshnessMinutes", "15")]
        public void MinuteSettings_AreNumbersWithTheirDefaults(string schemaName, string minutes)
        {
            var definition = Definition(schemaName);

            Assert.AreEqual(NumberType, definition.Element("type")!.Value);
            Assert.AreEqual(minutes, definition.Element("defaultvalue")!.Value);
        }

        [TestMethod]
        public void WebhookUrl_HasNoDefault()
        {
            var definition = Definition("cr_WifiConsentWebhookUrl");

            Assert.AreEqual(StringType, definition.Element("type")!.Value);
            Assert.IsNull(definition.Element("defaultvalue"));
        }

        private static XElement Definition(string schemaName) =>
            XDocument.Load(Path.Combine(Repository.SolutionFolder, "environmentvariabledefinitions", schemaName, "environmentvariabledefinition.xml")).Root!;
    }
}
