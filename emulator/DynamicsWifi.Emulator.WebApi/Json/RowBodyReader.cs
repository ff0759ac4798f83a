using System;
using System.Linq;
using System.Text.Json;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>Reads a POST or PATCH body into an Entity: columns typed by the table's metadata, lookups set with
    /// nav@odata.bind (learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api),
    /// everything else refused with the front end's 400.</summary>
    internal static class RowBodyReader
    {
        private const string Bind = "@odata.bind";

        public static Entity Read(WebApiModel model, TableView table, byte[] body, Func<string, EntityReference> resolve)
        {
            using var document = Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw WebApiException.BadRequest("The request body must be a JSON object.");
            }

            var row = new Entity(table.LogicalName);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.EndsWith(Bind, StringComparison.Ordinal))
                {
                    var (column, reference) = Bound(model, table, property, resolve);
                    row[column] = reference;
                }
                else if (property.Name.StartsWith("@", StringComparison.Ordinal) || property.Name.Contains('@'))
                {
                    continue; // @odata.type, @odata.etag and other instance annotations carry no column value
                }
                else if (WebApiModel.TryGetColumn(table, property.Name, out var column) && column.Kind != ColumnKind.Lookup)
                {
                    row[column.LogicalName] = JsonValues.Read(property.Value, column);
                    if (column.Kind == ColumnKind.PrimaryKey && row[column.LogicalName] is Guid id)
                    {
                        row.Id = id;
                    }
                }
                else
                {
                    throw WebApiException.InvalidProperty(property.Name, table.LogicalName);
                }
            }

            return row;
        }

        public static JsonDocument Parse(byte[] body)
        {
            try
            {
                return JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            }
            catch (JsonException failure)
            {
                throw WebApiException.BadRequest("The request body is not valid JSON: " + failure.Message);
            }
        }

        private static (string Column, EntityReference? Reference) Bound(WebApiModel model, TableView table, JsonProperty property, Func<string, EntityReference> resolve)
        {
            var name = property.Name.Substring(0, property.Name.Length - Bind.Length);
            if (!model.Navigations.TryGetLookup(table, name, out var navigation))
            {
                throw WebApiException.InvalidProperty(name, table.LogicalName);
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                return (navigation.Column.LogicalName, null);
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw WebApiException.BadRequest($"The value of '{property.Name}' must be the URL of a row.");
            }

            var reference = resolve(property.Value.GetString()!);
            if (!string.Equals(reference.LogicalName, navigation.Target.LogicalName, StringComparison.Ordinal))
            {
                throw WebApiException.BadRequest($"'{property.Name}' must name a row of '{navigation.Target.EntitySetName}', not of '{reference.LogicalName}'.");
            }

            return (navigation.Column.LogicalName, reference);
        }
    }
}
