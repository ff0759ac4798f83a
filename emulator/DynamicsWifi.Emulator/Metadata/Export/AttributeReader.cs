using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads one &lt;attribute&gt; of an exported table: Type, LogicalName, RequiredLevel, DisplayMask (PrimaryName),
    /// ValidForCreateApi/ValidForUpdateApi, IsSecured, MaxLength, MinValue/MaxValue, Precision or Accuracy, Behavior,
    /// and the options of its inline or global choice.</summary>
    internal static class AttributeReader
    {
        /// <summary>The column, or null (with the reason added to <paramref name="notes"/>) for types the emulator leaves out.</summary>
        public static ExportedColumn? Read(
            XElement attribute,
            string table,
            IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets,
            ICollection<string> notes)
        {
            var name = ExportXml.Logical(attribute.Text("LogicalName") ?? attribute.Text("Name") ?? attribute.AttributeText("PhysicalName") ?? string.Empty);
            var exportType = attribute.Text("Type") ?? string.Empty;
            var type = AttributeTypes.Map(exportType, out var reason);
            if (type == null || name.Length == 0)
            {
                notes.Add($"{table}.{name}: left out, {reason}.");
                return null;
            }

            var options = ReadOptions(attribute, table, name, globalOptionSets, notes);
            var column = new ColumnMetadata(
                table,
                name,
                type.Value,
                ReadRequiredLevel(attribute.Text("RequiredLevel")),
                attribute.Integer("MaxLength"),
                attribute.Number("MinValue"),
                attribute.Number("MaxValue"),
                attribute.Integer("Precision") ?? attribute.Integer("Accuracy"),
                options?.Options,
                lookupTargets: null,
                isSecured: attribute.Flag("IsSecured") ?? false,
                isValidForCreate: attribute.Flag("ValidForCreateApi") ?? true,
                isValidForUpdate: attribute.Flag("ValidForUpdateApi") ?? type != ColumnType.PrimaryKey,
                dateTimeBehavior: ReadBehavior(attribute.Integer("Behavior")),
                statusStates: options?.StatusStates);

            var isPrimaryName = (attribute.Text("DisplayMask") ?? string.Empty)
                .Split('|')
                .Any(flag => string.Equals(flag.Trim(), "PrimaryName", StringComparison.OrdinalIgnoreCase));
            var lookupTypes = attribute.Path("LookupTypes", "LookupType")
                .Select(code => int.TryParse(code.Value.Trim(), out var value) ? value : (int?)null)
                .Where(code => code.HasValue)
                .Select(code => code!.Value)
                .ToList();
            return new ExportedColumn(column, isPrimaryName, lookupTypes);
        }

        public static RequiredLevel ReadRequiredLevel(string? level) => level?.ToLowerInvariant() switch
        {
            "systemrequired" => RequiredLevel.SystemRequired,
            "required" or "applicationrequired" => RequiredLevel.ApplicationRequired,
            "recommended" => RequiredLevel.Recommended,
            _ => RequiredLevel.None,
        };

        private static DateTimeBehavior ReadBehavior(int? behavior) => behavior switch
        {
            2 => DateTimeBehavior.DateOnly,
            3 => DateTimeBehavior.TimeZoneIndependent,
            _ => DateTimeBehavior.UserLocal,
        };

        private static OptionSetDefinition? ReadOptions(
            XElement attribute,
            string table,
            string column,
            IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets,
            ICollection<string> notes)
        {
            var inline = attribute.Child("optionset");
            if (inline != null && inline.Elements().Any(child => child.Name.LocalName is "options" or "states" or "statuses"))
            {
                return OptionSetReader.Read(inline);
            }

            // A column using a global choice names it (OptionSetName) instead of listing the options.
            var globalName = attribute.Text("OptionSetName") ?? inline?.AttributeText("Name");
            if (globalName == null)
            {
                return null;
            }

            if (globalOptionSets.TryGetValue(ExportXml.Logical(globalName), out var global))
            {
                return global;
            }

            notes.Add($"{table}.{column}: the global choice '{globalName}' is not in this solution, so any value is accepted.");
            return null;
        }
    }
}
