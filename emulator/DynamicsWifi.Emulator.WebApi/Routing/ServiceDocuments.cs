using System.Linq;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;

namespace DynamicsWifi.Emulator.WebApi.Routing
{
    /// <summary>GET / (the service document: every entity set) and GET $metadata (the CSDL)
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents).</summary>
    internal static class ServiceDocuments
    {
        public static WebApiResponse Service(WebApiCall call) => WebApiResponse.OfJson(200, JsonBody.Of(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", call.ServiceRoot + "$metadata");
            writer.WriteStartArray("value");
            foreach (var table in call.Model.Tables.OrderBy(table => table.EntitySetName, System.StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("name", table.EntitySetName);
                writer.WriteString("kind", "EntitySet");
                writer.WriteString("url", table.EntitySetName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));

        public static WebApiResponse Metadata(WebApiCall call) => WebApiResponse.OfText(200, call.Model.Csdl, "application/xml");
    }
}
