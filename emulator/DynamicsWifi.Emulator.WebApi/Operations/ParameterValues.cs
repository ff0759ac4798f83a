using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Operations
{
    /// <summary>Custom API request parameters read as their definition types them: from an action's JSON body, or from a
    /// function's URL literals (learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions).</summary>
    internal static class ParameterValues
    {
        public static object? FromJson(WebApiCall call, CustomApiFieldView field, JsonElement json)
        {
            if (json.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            try
            {
                return field.Kind switch
                {
                    CustomApiFieldKind.Boolean => json.GetBoolean(),
                    CustomApiFieldKind.DateTime => DateTimeOffset.Parse(json.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
                    CustomApiFieldKind.Decimal => json.GetDecimal(),
                    CustomApiFieldKind.Money => new Money(json.GetDecimal()),
                    CustomApiFieldKind.Float => json.GetDouble(),
                    CustomApiFieldKind.Integer => json.GetInt32(),
                    CustomApiFieldKind.Picklist => new OptionSetValue(json.GetInt32()),
                    CustomApiFieldKind.String => json.GetString(),
                    CustomApiFieldKind.Guid => json.GetGuid(),
                    CustomApiFieldKind.StringArray => json.EnumerateArray().Select(item => item.GetString()!).ToArray(),
                    CustomApiFieldKind.EntityReference => Entity(call, field, json).ToEntityReference(),
                    CustomApiFieldKind.Entity => Entity(call, field, json),
                    CustomApiFieldKind.EntityCollection => new EntityCollection(json.EnumerateArray().Select(item => Entity(call, field, item)).ToList()),
                    _ => throw WebApiException.BadRequest($"Parameter '{field.UniqueName}' has a type the host does not read."),
                };
            }
            catch (Exception failure) when (failure is InvalidOperationException or FormatException or OverflowException)
            {
                throw WebApiException.BadRequest($"Cannot convert the value of parameter '{field.UniqueName}' to {field.Kind}.");
            }
        }

        /// <summary>A function parameter's literal, as Microsoft.OData parsed it from the URL.</summary>
        public static object? FromLiteral(CustomApiFieldView field, object? literal)
        {
            if (literal == null)
            {
                return null;
            }

            try
            {
                return field.Kind switch
                {
                    CustomApiFieldKind.Boolean => Convert.ToBoolean(literal, CultureInfo.InvariantCulture),
                    CustomApiFieldKind.DateTime => literal is DateTimeOffset offset ? offset.UtcDateTime : DateTimeOffset.Parse(Text(literal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
                    CustomApiFieldKind.Decimal => Convert.ToDecimal(literal, CultureInfo.InvariantCulture),
                    CustomApiFieldKind.Money => new Money(Convert.ToDecimal(literal, CultureInfo.InvariantCulture)),
                    CustomApiFieldKind.Float => Convert.ToDouble(literal, CultureInfo.InvariantCulture),
                    CustomApiFieldKind.Integer => Convert.ToInt32(literal, CultureInfo.InvariantCulture),
                    CustomApiFieldKind.Picklist => new OptionSetValue(Convert.ToInt32(literal, CultureInfo.InvariantCulture)),
                    CustomApiFieldKind.String => Text(literal),
                    CustomApiFieldKind.Guid => literal is Guid id ? id : Guid.Parse(Text(literal)),
                    _ => throw WebApiException.BadRequest($"Parameter '{field.UniqueName}' of type {field.Kind} cannot be given in a function URL here; call it in a $batch or use an action."),
                };
            }
            catch (Exception failure) when (failure is InvalidCastException or FormatException or OverflowException)
            {
                throw WebApiException.BadRequest($"Cannot convert the value of parameter '{field.UniqueName}' to {field.Kind}.");
            }
        }

        private static Entity Entity(WebApiCall call, CustomApiFieldView field, JsonElement json)
        {
            var type = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("@odata.type", out var annotated) ? annotated.GetString() : null;
            var logicalName = type != null ? type.TrimStart('#').Replace(EdmNames.Namespace + ".", string.Empty, StringComparison.Ordinal) : field.LogicalEntityName;
            if (logicalName == null || !call.Model.Metadata.TryGetTable(logicalName, out var table))
            {
                throw WebApiException.BadRequest($"Parameter '{field.UniqueName}' needs an @odata.type naming its table.");
            }

            var row = RowBodyReader.Read(call.Model, table, Encoding.UTF8.GetBytes(json.GetRawText()), call.ResolveRow);
            if (row.Id == Guid.Empty && row.Attributes.TryGetValue(table.PrimaryIdAttribute, out var id) && id is Guid given)
            {
                row.Id = given;
            }

            return row;
        }

        private static string Text(object literal) => Convert.ToString(literal, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
