using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads a custom API's request parameters (customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml)
    /// or response properties (customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml), in ordinal order of
    /// their unique names (learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).</summary>
    internal static class CustomApiFieldReader
    {
        public const string RequestParameters = "customapirequestparameters";
        public const string ResponseProperties = "customapiresponseproperties";

        public static IReadOnlyList<CustomApiField> Read(SolutionSource source, string apiFolder, string apiName, bool isResponse)
        {
            var folder = apiFolder + "/" + (isResponse ? ResponseProperties : RequestParameters);
            var file = isResponse ? "customapiresponseproperty.xml" : "customapirequestparameter.xml";
            return source.FoldersUnder(folder)
                .Select(name => folder + "/" + name + "/" + file)
                .Where(source.Exists)
                .Select(path => ReadField(source.ReadXml(path).Root!, path, apiName, isResponse))
                .OrderBy(field => field.UniqueName, StringComparer.Ordinal)
                .ToList();
        }

        private static CustomApiField ReadField(XElement field, string path, string apiName, bool isResponse)
        {
            var kind = isResponse ? "response property" : "request parameter";
            var name = field.AttributeText("uniquename") ?? field.Text("uniquename")
                ?? throw new InvalidDataException($"Custom API '{apiName}': the {kind} in '{path}' has no uniquename.");
            var typeCode = field.Integer("type");
            if (typeCode == null || !Enum.IsDefined(typeof(CustomApiFieldType), typeCode.Value))
            {
                throw new InvalidDataException($"Custom API '{apiName}': {kind} '{name}' has type '{field.Text("type")}'; Dataverse knows 0 to 12 (customapifieldtype).");
            }

            var type = (CustomApiFieldType)typeCode.Value;
            var entity = field.Text("logicalentityname");
            if (isResponse && entity != null && type == CustomApiFieldType.EntityCollection)
            {
                throw new InvalidDataException($"Custom API '{apiName}': response property '{name}' of type EntityCollection names a table ('{entity}'); Dataverse allows that only for Entity and EntityReference.");
            }

            // isoptional exists only on request parameters; a response property is never optional.
            var isOptional = !isResponse && (field.Flag("isoptional") ?? false);
            return new CustomApiField(name, type, entity == null ? null : ExportXml.Logical(entity), isOptional);
        }
    }
}
