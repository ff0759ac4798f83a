using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads customapis/&lt;uniquename&gt;/customapi.xml with its parameters and properties. The main plug-in is
    /// linked by &lt;plugintypeid&gt;&lt;plugintypeexportkey&gt; (2023+ exports) or &lt;plugintypeid&gt;&lt;plugintypeid&gt;
    /// (2020-2022), both the PluginTypeId of a PluginType in customizations.xml; a business event has none
    /// (learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution).</summary>
    internal static class CustomApiReader
    {
        public const string Folder = "customapis";

        public static IReadOnlyList<CustomApiDefinition> Read(SolutionSource source, IReadOnlyList<PluginTypeRegistration> pluginTypes)
        {
            var apis = source.FoldersUnder(Folder)
                .Select(name => Folder + "/" + name)
                .Where(folder => source.Exists(folder + "/customapi.xml"))
                .Select(folder => ReadApi(source, folder, pluginTypes))
                .OrderBy(api => api.UniqueName, StringComparer.Ordinal)
                .ToList();

            var repeated = apis.GroupBy(api => api.UniqueName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
            if (repeated != null)
            {
                throw new InvalidDataException($"Custom API '{repeated.Key}' is defined more than once.");
            }

            return apis;
        }

        private static CustomApiDefinition ReadApi(SolutionSource source, string folder, IReadOnlyList<PluginTypeRegistration> pluginTypes)
        {
            var api = source.ReadXml(folder + "/customapi.xml").Root!;
            var name = api.AttributeText("uniquename") ?? api.Text("uniquename") ?? folder.Substring(Folder.Length + 1);
            var bindingType = api.Integer("bindingtype") ?? 0;
            var boundEntity = api.Text("boundentitylogicalname");
            if (bindingType is < 0 or > 2)
            {
                throw new InvalidDataException($"Custom API '{name}' has bindingtype {bindingType}; Dataverse knows 0 (Global), 1 (Entity) and 2 (EntityCollection).");
            }

            if (bindingType != 0 && boundEntity == null)
            {
                throw new InvalidDataException($"Custom API '{name}' is bound (bindingtype {bindingType}) but names no boundentitylogicalname.");
            }

            var allowedSteps = api.Integer("allowedcustomprocessingsteptype") ?? 0;
            if (allowedSteps is < 0 or > 2)
            {
                throw new InvalidDataException($"Custom API '{name}' has allowedcustomprocessingsteptype {allowedSteps}; Dataverse knows 0 (None), 1 (Async Only) and 2 (Sync and Async).");
            }

            var requests = CustomApiFieldReader.Read(source, folder, name, isResponse: false);
            var responses = CustomApiFieldReader.Read(source, folder, name, isResponse: true);
            var isFunction = api.Flag("isfunction") ?? false;
            if (isFunction && responses.Count == 0)
            {
                throw new InvalidDataException($"Custom API '{name}' is a function without response properties; a function must return a value.");
            }

            return new CustomApiDefinition(
                name,
                bindingType,
                boundEntity == null ? null : ExportXml.Logical(boundEntity),
                isFunction,
                api.Flag("isprivate") ?? false,
                allowedSteps,
                api.Text("executeprivilegename"),
                PluginTypeName(api, name, pluginTypes),
                requests,
                responses);
        }

        private static string? PluginTypeName(XElement api, string apiName, IReadOnlyList<PluginTypeRegistration> pluginTypes)
        {
            var link = api.Child("plugintypeid");
            if (link == null)
            {
                return null;
            }

            var key = link.Text("plugintypeexportkey") ?? link.Text("plugintypeid") ?? (link.HasElements ? null : link.Value.Trim());
            if (string.IsNullOrEmpty(key))
            {
                return null;
            }

            var type = Guid.TryParse(key, out var id) ? pluginTypes.FirstOrDefault(candidate => candidate.Id == id) : null;
            return type?.TypeName ?? throw new InvalidDataException(
                $"Custom API '{apiName}' names plug-in type '{key}' as its main operation, which the solution does not register " +
                "(no PluginType with that PluginTypeId in SolutionPluginAssemblies; plug-in packages are not read).");
        }
    }
}
