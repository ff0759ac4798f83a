using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class CustomizationsSchemaTests
    {
        /// <summary>
        /// Elements Dataverse exports today that Microsoft's 9.0.0.2090 schema predates, tolerated by name only,
        /// each with its reason. Empty: customizations.xml writes only what the schema knows, and Dataverse
        /// imports a solution without the newer elements (older exports lack them too).
        /// </summary>
        private static readonly IReadOnlyDictionary<string, string> ToleratedNewerElements = new Dictionary<string, string>();

        private static readonly Lazy<XmlSchemaSet> Schemas = new Lazy<XmlSchemaSet>(LoadSchemas);

        [TestMethod]
        public void Customizations_ValidateAgainstMicrosoftSchema()
        {
            var errors = Validate(File.ReadAllBytes(Path.Combine(Repository.SolutionFolder, "customizations.xml")));

            var untolerated = errors.Where(error => !ToleratedNewerElements.ContainsKey(error.Element)).Select(error => error.ToString()).ToList();
            Assert.IsEmpty(untolerated, string.Join("\n", untolerated));
        }

        [TestMethod]
        public void ElementTheSchemaPredates_IsReported()
        {
            var customizations = File.ReadAllText(Path.Combine(Repository.SolutionFolder, "customizations.xml"))
                .Replace("<IsDataSourceSecret>0</IsDataSourceSecret>", "<IsDataSourceSecret>0</IsDataSourceSecret><AutoNumberFormat></AutoNumberFormat>", System.StringComparison.Ordinal);

            var errors = Validate(System.Text.Encoding.UTF8.GetBytes(customizations));

            Assert.IsTrue(errors.Any(error => error.Message.Contains("AutoNumberFormat", System.StringComparison.Ordinal)));
        }

        private static List<SchemaError> Validate(byte[] xml)
        {
            var errors = new List<SchemaError>();
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
            settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.ValidationEventHandler += (sender, e) =>
                errors.Add(new SchemaError((sender as XmlReader)?.LocalName ?? string.Empty, e.Exception.LineNumber, e.Message));

            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            while (reader.Read())
            {
            }

            return errors;
        }

        private static XmlSchemaSet LoadSchemas()
        {
            // The root schema includes isv.config.xsd, FormXml.xsd and others by relative path: they load only through a resolver.
            var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            set.Add(null, Path.GetFullPath(Path.Combine(Repository.SchemasFolder, "CustomizationsSolution.xsd")));
            set.Compile();
            return set;
        }

        private sealed record SchemaError(string Element, int Line, string Message)
        {
            public override string ToString() => $"line {Line} <{Element}>: {Message}";
        }
    }
}
