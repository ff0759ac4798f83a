using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>The &lt;Type&gt; of an exported attribute as the column type the emulator stores, or the reason it is
    /// left out. Names from the customizations schema's AttributeType list and from real exports.</summary>
    internal static class AttributeTypes
    {
        private static readonly IReadOnlyDictionary<string, ColumnType> Stored = new Dictionary<string, ColumnType>(StringComparer.OrdinalIgnoreCase)
        {
            ["primarykey"] = ColumnType.PrimaryKey,
            ["nvarchar"] = ColumnType.String,
            ["text"] = ColumnType.String,
            ["ntext"] = ColumnType.Memo,
            ["memo"] = ColumnType.Memo,
            ["int"] = ColumnType.Integer,
            ["integer"] = ColumnType.Integer,
            ["bigint"] = ColumnType.BigInt,
            ["timestamp"] = ColumnType.BigInt,
            ["decimal"] = ColumnType.Decimal,
            ["float"] = ColumnType.Double,
            ["double"] = ColumnType.Double,
            ["money"] = ColumnType.Money,
            ["bit"] = ColumnType.Boolean,
            ["boolean"] = ColumnType.Boolean,
            ["datetime"] = ColumnType.DateTime,
            ["lookup"] = ColumnType.Lookup,
            ["customer"] = ColumnType.Lookup,
            ["owner"] = ColumnType.Lookup,
            ["picklist"] = ColumnType.Picklist,
            ["state"] = ColumnType.State,
            ["status"] = ColumnType.Status,
            ["multiselectpicklist"] = ColumnType.MultiSelectPicklist,
            ["uniqueidentifier"] = ColumnType.UniqueIdentifier,
            ["entityname"] = ColumnType.EntityName,
            ["image"] = ColumnType.Image,
            ["file"] = ColumnType.File,
            ["partylist"] = ColumnType.PartyList,
        };

        private static readonly IReadOnlyDictionary<string, string> Ignored = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["virtual"] = "virtual columns are computed by the platform (lookup names, image URLs), never stored",
            ["managedproperty"] = "managed properties are solution settings, not row data",
            ["calendarrules"] = "calendar rules belong to the calendar messages, not to Create or Update",
        };

        /// <summary>The column type, or null with the reason the column is left out.</summary>
        public static ColumnType? Map(string exportType, out string reason)
        {
            if (Stored.TryGetValue(exportType, out var type))
            {
                reason = string.Empty;
                return type;
            }

            reason = Ignored.TryGetValue(exportType, out var why) ? why : $"the export type '{exportType}' is not one the emulator knows";
            return null;
        }
    }
}
