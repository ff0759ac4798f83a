using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>What Solution/ defines that the guides and the settings template must cover: tables and their columns,
    /// custom APIs with their request parameters, environment variables.</summary>
    internal static class SolutionFacts
    {
        /// <summary>Each table of customizations.xml (logical name, lowercased as Dataverse names it) with its columns.</summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<string>> Columns()
        {
            var customizations = XDocument.Load(Path.Combine(Repository.Solution, "customizations.xml"));
            return customizations.Root!.Element("Entities")!.Elements("Entity").ToDictionary(
                entity => entity.Element("Name")!.Value.ToLowerInvariant(),
                entity => (IReadOnlyList<string>)entity.Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute").Select(attribute => attribute.Element("LogicalName")!.Value.ToLowerInvariant()).ToList());
        }

        public static IReadOnlyList<string> CustomApis() =>
            Directory.GetDirectories(Path.Combine(Repository.Solution, "customapis")).Select(Path.GetFileName).OfType<string>().OrderBy(name => name, StringComparer.Ordinal).ToList();

        /// <summary>Request parameters of a custom API: unique name to type code (0 Boolean, 7 Integer, 10 String, 12 Guid...).</summary>
        public static IReadOnlyDictionary<string, int> RequestParameters(string api) =>
            Directory.GetFiles(Path.Combine(Repository.Solution, "customapis", api, "customapirequestparameters"), "customapirequestparameter.xml", SearchOption.AllDirectories)
                .Select(file => XDocument.Load(file).Root!)
                .ToDictionary(parameter => parameter.Attribute("uniquename")!.Value, parameter => int.Parse(parameter.Element("type")!.Value, System.Globalization.CultureInfo.InvariantCulture));

        public static IReadOnlyList<string> EnvironmentVariables() =>
            Directory.GetDirectories(Path.Combine(Repository.Solution, "environmentvariabledefinitions")).Select(Path.GetFileName).OfType<string>().OrderBy(name => name, StringComparer.Ordinal).ToList();
    }
}
