using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads &lt;optionset&gt; elements: inline under an attribute, or global under the root &lt;optionsets&gt;.
    /// Choices list &lt;options&gt;&lt;option value&gt;, Yes/No columns the same with 0 and 1, statecode &lt;states&gt;&lt;state
    /// value&gt;, statuscode &lt;statuses&gt;&lt;status value state&gt;.</summary>
    internal static class OptionSetReader
    {
        /// <summary>The global choices the solution ships, by name (logical, lower case).</summary>
        public static IReadOnlyDictionary<string, OptionSetDefinition> ReadGlobal(XElement customizations)
        {
            var globals = new Dictionary<string, OptionSetDefinition>(StringComparer.OrdinalIgnoreCase);
            foreach (var optionSet in customizations.Path("optionsets", "optionset"))
            {
                var definition = Read(optionSet);
                globals[definition.Name] = definition;
            }

            return globals;
        }

        public static OptionSetDefinition Read(XElement optionSet)
        {
            var options = new Dictionary<int, string>();
            var statusStates = new Dictionary<int, int>();
            foreach (var option in optionSet.Path("options", "option"))
            {
                AddOption(options, option);
            }

            foreach (var state in optionSet.Path("states", "state"))
            {
                AddOption(options, state);
            }

            foreach (var status in optionSet.Path("statuses", "status"))
            {
                var value = AddOption(options, status);
                if (value.HasValue && int.TryParse(status.AttributeText("state"), out var owningState))
                {
                    statusStates[value.Value] = owningState;
                }
            }

            var name = optionSet.AttributeText("Name") ?? optionSet.AttributeText("name") ?? string.Empty;
            return new OptionSetDefinition(ExportXml.Logical(name), options, statusStates);
        }

        private static int? AddOption(Dictionary<int, string> options, XElement option)
        {
            if (!int.TryParse(option.AttributeText("value"), out var value))
            {
                return null;
            }

            options[value] = option.Label();
            return value;
        }
    }
}
