using System;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>GET {set}?fetchXml=…: the FetchXML through RetrieveMultiple; each row holds what the fetch returned, link
    /// and aggregate values under their alias (a dot written _x002e_, as Dataverse encodes it), and the paging cookie
    /// and more-records flag as annotations (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/retrieve-data).</summary>
    internal static class FetchReader
    {
        public static WebApiResponse Get(WebApiCall call, TableView table, string fetchXml)
        {
            var rows = call.Service.RetrieveMultiple(new FetchExpression(fetchXml));
            if (!string.Equals(rows.EntityName, table.LogicalName, StringComparison.Ordinal) && rows.Entities.Count > 0 && rows.Entities[0].LogicalName != table.LogicalName)
            {
                throw WebApiException.BadRequest($"The FetchXML queries '{rows.Entities[0].LogicalName}', not the table of '{table.EntitySetName}'.");
            }

            return WebApiResponse.OfJson(200, JsonBody.Of(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.context", call.Context(table.EntitySetName));
                if (!string.IsNullOrEmpty(rows.PagingCookie))
                {
                    writer.WriteString("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie", rows.PagingCookie);
                }

                writer.WriteBoolean("@Microsoft.Dynamics.CRM.morerecords", rows.MoreRecords);
                writer.WriteStartArray("value");
                foreach (var row in rows.Entities)
                {
                    RowJsonWriter.WritePresent(writer, table, row, call.Prefer, typeAnnotation: false);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
    }
}
