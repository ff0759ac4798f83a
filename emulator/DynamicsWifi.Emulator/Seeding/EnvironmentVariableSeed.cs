using System.Globalization;
using System.Xml.Linq;
using DynamicsWifi.SolutionFiles;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Seeding
{
    /// <summary>The solution's environment variable definitions (environmentvariabledefinitions/&lt;schemaname&gt;/
    /// environmentvariabledefinition.xml) as rows of environmentvariabledefinition, as an import creates them.</summary>
    internal static class EnvironmentVariableSeed
    {
        private const string Folder = "environmentvariabledefinitions";

        public static void Apply(SolutionSource solution, IOrganizationService system)
        {
            foreach (var folder in solution.FoldersUnder(Folder))
            {
                var path = Folder + "/" + folder + "/environmentvariabledefinition.xml";
                if (solution.Exists(path))
                {
                    system.Create(Definition(solution.ReadXml(path).Root!));
                }
            }
        }

        private static Entity Definition(XElement xml)
        {
            var schemaName = (string)xml.Attribute("schemaname")!;
            var definition = new Entity("environmentvariabledefinition")
            {
                ["schemaname"] = schemaName,
                ["displayname"] = (string?)xml.Element("displayname")?.Attribute("default") ?? schemaName,
                ["type"] = new OptionSetValue(int.Parse((string?)xml.Element("type") ?? "100000000", CultureInfo.InvariantCulture)),
                ["isrequired"] = (string?)xml.Element("isrequired") == "1",
            };

            var defaultValue = (string?)xml.Element("defaultvalue");
            if (!string.IsNullOrEmpty(defaultValue))
            {
                definition["defaultvalue"] = defaultValue;
            }

            var description = (string?)xml.Element("description")?.Attribute("default");
            if (!string.IsNullOrEmpty(description))
            {
                definition["description"] = description;
            }

            return definition;
        }
    }
}
