using System.Linq;
using System.Text;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    /// <summary>A catalog written out as text, every property in a fixed order, so two catalogs compare in one assert.</summary>
    internal static class CatalogText
    {
        public static string Of(MetadataCatalog catalog)
        {
            var text = new StringBuilder();
            foreach (var table in catalog.Tables.OrderBy(table => table.LogicalName, System.StringComparer.Ordinal))
            {
                text.AppendLine($"{table.LogicalName} {table.PrimaryIdAttribute} {table.PrimaryNameAttribute} {table.EntitySetName} {table.Ownership}");
                foreach (var column in table.Columns.Values.OrderBy(column => column.LogicalName, System.StringComparer.Ordinal))
                {
                    text.AppendLine(
                        $"  {column.LogicalName} {column.Type} {column.RequiredLevel} {column.MaxLength} {column.MinValue} {column.MaxValue} {column.Precision} " +
                        $"{column.IsSecured} {column.IsValidForCreate} {column.IsValidForUpdate} {column.DateTimeBehavior} " +
                        $"[{string.Join(",", column.Options.OrderBy(option => option.Key).Select(option => $"{option.Key}={option.Value}"))}] " +
                        $"[{string.Join(",", column.LookupTargets)}]");
                }

                foreach (var key in table.Keys)
                {
                    text.AppendLine($"  key {key.SchemaName} ({string.Join(",", key.Columns)})");
                }
            }

            foreach (var relationship in catalog.Relationships.OrderBy(relationship => relationship.SchemaName, System.StringComparer.Ordinal))
            {
                text.AppendLine($"{relationship.SchemaName} {relationship.ReferencedTable} {relationship.ReferencingTable}.{relationship.ReferencingColumn} {relationship.CascadeDelete}");
            }

            return text.ToString();
        }
    }
}
