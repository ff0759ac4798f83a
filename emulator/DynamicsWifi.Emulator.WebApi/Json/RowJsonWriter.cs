using System;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Protocol;
using Microsoft.Xrm.Sdk;
using System.Text.Json;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>Writes a row as Dataverse's Web API does: @odata.etag, the shape's columns (null where the row has no
    /// value), lookups as _x_value, and on request the annotations for formatted values and lookups
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/format-results). Expanded rows come from
    /// <c>expansions</c>: a single-valued property as the related row or null, a collection-valued one as an array.</summary>
    internal static class RowJsonWriter
    {
        public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
        public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
        public const string AssociatedNavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";

        public static void Write(Utf8JsonWriter writer, RowShape shape, Entity row, PreferHeader prefer, IExpansions expansions, string? context = null)
        {
            writer.WriteStartObject();
            if (context != null)
            {
                writer.WriteString("@odata.context", context);
            }

            if (!string.IsNullOrEmpty(row.RowVersion))
            {
                writer.WriteString("@odata.etag", ETag.Of(row.RowVersion));
            }

            foreach (var column in shape.Columns)
            {
                WriteColumn(writer, shape, column, row, prefer);
            }

            if (!shape.Columns.Contains(shape.Table.Columns[shape.Table.PrimaryIdAttribute]))
            {
                writer.WriteString(shape.Table.PrimaryIdAttribute, row.Id);
            }

            foreach (var expand in shape.Expands)
            {
                writer.WritePropertyName(expand.Navigation.Name);
                if (expansions.Single(row, expand) is { } related)
                {
                    Write(writer, expand.Shape, related, prefer, NoExpansions.Instance);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            foreach (var expand in shape.Collections)
            {
                writer.WriteStartArray(expand.Navigation.Name);
                foreach (var related in expansions.Collection(row, expand))
                {
                    Write(writer, expand.Shape, related, prefer, expansions);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes the attributes the row holds, no more: FetchXML results (link and aggregate values under their
        /// alias, a dot written _x002e_ as Dataverse encodes it) and entities a custom API returns (with @odata.type).</summary>
        public static void WritePresent(Utf8JsonWriter writer, TableView? table, Entity row, PreferHeader prefer, bool typeAnnotation)
        {
            writer.WriteStartObject();
            if (typeAnnotation)
            {
                writer.WriteString("@odata.type", "#" + EdmNames.Qualified(row.LogicalName));
            }

            if (!string.IsNullOrEmpty(row.RowVersion))
            {
                writer.WriteString("@odata.etag", ETag.Of(row.RowVersion));
            }

            foreach (var attribute in row.Attributes)
            {
                ColumnView? column = null;
                var isOwn = table != null && table.Columns.TryGetValue(attribute.Key, out column);
                var name = isOwn ? RowShape.PropertyName(column!) : attribute.Key.Replace(".", "_x002e_", StringComparison.Ordinal);
                if (prefer.Wants(FormattedValue) && row.FormattedValues.TryGetValue(attribute.Key, out var formatted))
                {
                    writer.WriteString(name + "@" + FormattedValue, formatted);
                }

                writer.WritePropertyName(name);
                JsonValues.Write(writer, attribute.Value is AliasedValue aliased ? aliased.Value : attribute.Value, isOwn ? column!.Kind : ColumnKind.DateTime);
            }

            writer.WriteEndObject();
        }

        private static void WriteColumn(Utf8JsonWriter writer, RowShape shape, ColumnView column, Entity row, PreferHeader prefer)
        {
            var name = RowShape.PropertyName(column);
            row.Attributes.TryGetValue(column.LogicalName, out var value);
            if (value is AliasedValue aliased)
            {
                value = aliased.Value;
            }

            if (value != null && row.FormattedValues.TryGetValue(column.LogicalName, out var formatted) && prefer.Wants(FormattedValue))
            {
                writer.WriteString(name + "@" + FormattedValue, formatted);
            }

            if (value is EntityReference reference)
            {
                if (prefer.Wants(AssociatedNavigationProperty) && shape.Navigations.Of(shape.Table, column, reference.LogicalName) is { } navigation)
                {
                    writer.WriteString(name + "@" + AssociatedNavigationProperty, navigation.Name);
                }

                if (prefer.Wants(LookupLogicalName))
                {
                    writer.WriteString(name + "@" + LookupLogicalName, reference.LogicalName);
                }
            }

            writer.WritePropertyName(name);
            JsonValues.Write(writer, value, column.Kind);
        }
    }
}
