using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads one &lt;Entity&gt;: its schema name (&lt;Name&gt;), then under &lt;EntityInfo&gt;&lt;entity&gt; the
    /// attributes, EntityKeys, EntitySetName and OwnershipTypeMask.</summary>
    internal static class EntityReader
    {
        public static ExportedTable? Read(
            XElement entity,
            IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets,
            ICollection<string> notes)
        {
            var info = entity.Child("EntityInfo")?.Child("entity");
            var schemaName = entity.Text("Name") ?? info?.AttributeText("Name");
            if (schemaName == null)
            {
                notes.Add("An <Entity> without a name was left out.");
                return null;
            }

            var table = ExportXml.Logical(schemaName);
            if (info == null)
            {
                // Exports write a shell <Entity> (forms, views, ribbons only) for tables whose metadata they do not carry.
                return new ExportedTable(table, null, null, new List<ExportedColumn>(), new List<AlternateKeyMetadata>());
            }

            var columns = info.Path("attributes", "attribute")
                .Select(attribute => AttributeReader.Read(attribute, table, globalOptionSets, notes))
                .Where(column => column != null)
                .Select(column => column!)
                .ToList();
            return new ExportedTable(
                table,
                info.Text("EntitySetName"),
                ReadOwnership(info.Text("OwnershipTypeMask")),
                columns,
                EntityKeyReader.Read(info, table, notes));
        }

        private static OwnershipType? ReadOwnership(string? mask) => mask?.ToLowerInvariant() switch
        {
            null => null,
            "userowned" or "teamowned" => OwnershipType.UserOwned,
            "orgowned" or "organizationowned" => OwnershipType.OrganizationOwned,
            "businessowned" or "businessparented" => OwnershipType.BusinessOwned,
            _ => OwnershipType.None,
        };
    }
}
