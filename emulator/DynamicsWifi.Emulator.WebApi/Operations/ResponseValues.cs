using System.Text.Json;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Operations
{
    /// <summary>Writes a custom API's response property as its definition types it: entity references and entities as
    /// objects with @odata.type, collections as arrays, everything else as the column values are written.</summary>
    internal static class ResponseValues
    {
        public static void Write(Utf8JsonWriter writer, WebApiModel model, CustomApiFieldView field, object? value, PreferHeader prefer)
        {
            switch (value)
            {
                case EntityReference reference:
                    writer.WriteStartObject();
                    writer.WriteString("@odata.type", "#" + EdmNames.Qualified(reference.LogicalName));
                    writer.WriteString(model.Metadata.TryGetTable(reference.LogicalName, out var referenced) ? referenced.PrimaryIdAttribute : reference.LogicalName + "id", reference.Id);
                    writer.WriteEndObject();
                    break;
                case Entity entity:
                    model.Metadata.TryGetTable(entity.LogicalName, out var table);
                    RowJsonWriter.WritePresent(writer, table, entity, prefer, typeAnnotation: true);
                    break;
                case EntityCollection collection:
                    writer.WriteStartArray();
                    foreach (var item in collection.Entities)
                    {
                        Write(writer, model, field, item, prefer);
                    }

                    writer.WriteEndArray();
                    break;
                case string[] texts:
                    writer.WriteStartArray();
                    foreach (var text in texts)
                    {
                        writer.WriteStringValue(text);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    JsonValues.Write(writer, value, ColumnKind.DateTime);
                    break;
            }
        }
    }
}
