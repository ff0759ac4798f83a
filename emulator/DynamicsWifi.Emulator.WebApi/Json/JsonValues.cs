using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>Column values between the SDK's types and the Web API's JSON, as Dataverse writes them: choices as
    /// numbers, multi-select choices as "1,2", money as a number, dates in UTC with Z (date-only columns as yyyy-MM-dd)
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties).</summary>
    internal static class JsonValues
    {
        public static void Write(Utf8JsonWriter writer, object? value, ColumnKind kind)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case Guid id:
                    writer.WriteStringValue(id);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case int number:
                    writer.WriteNumberValue(number);
                    break;
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                case decimal number:
                    writer.WriteNumberValue(number);
                    break;
                case double number:
                    writer.WriteNumberValue(number);
                    break;
                case Money money:
                    writer.WriteNumberValue(money.Value);
                    break;
                case OptionSetValue option:
                    writer.WriteNumberValue(option.Value);
                    break;
                case OptionSetValueCollection options:
                    writer.WriteStringValue(string.Join(",", options.Select(option => option.Value.ToString(CultureInfo.InvariantCulture))));
                    break;
                case DateTime moment:
                    writer.WriteStringValue(Date(moment, kind));
                    break;
                case EntityReference reference:
                    writer.WriteStringValue(reference.Id);
                    break;
                case byte[] bytes:
                    writer.WriteBase64StringValue(bytes);
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        public static string Date(DateTime moment, ColumnKind kind) => kind == ColumnKind.DateOnly
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateTime.SpecifyKind(moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>The SDK value of a JSON property for a column; a value of the wrong JSON type is refused as the Web
        /// API's front end refuses it (400).</summary>
        public static object? Read(JsonElement json, ColumnView column)
        {
            if (json.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            try
            {
                return column.Kind switch
                {
                    ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier or ColumnKind.File => Guid.Parse(json.GetString()!),
                    ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName => json.GetString(),
                    ColumnKind.Integer => json.GetInt32(),
                    ColumnKind.BigInt => json.GetInt64(),
                    ColumnKind.Decimal => json.GetDecimal(),
                    ColumnKind.Money => new Money(json.GetDecimal()),
                    ColumnKind.Double => json.GetDouble(),
                    ColumnKind.Boolean => json.GetBoolean(),
                    ColumnKind.DateTime => DateTimeOffset.Parse(json.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
                    ColumnKind.DateOnly => DateTime.SpecifyKind(DateTime.ParseExact(json.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc),
                    ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => new OptionSetValue(json.GetInt32()),
                    ColumnKind.MultiSelectPicklist => new OptionSetValueCollection(json.GetString()!
                        .Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Select(value => new OptionSetValue(int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)))
                        .ToList()),
                    ColumnKind.Image => json.GetBytesFromBase64(),
                    _ => throw WebApiException.BadRequest($"The property '{column.LogicalName}' cannot be set through the Web API."),
                };
            }
            catch (Exception failure) when (failure is InvalidOperationException or FormatException or OverflowException)
            {
                throw WebApiException.BadRequest($"Cannot convert the literal '{json.GetRawText()}' to the expected type of property '{column.LogicalName}'.");
            }
        }
    }
}
