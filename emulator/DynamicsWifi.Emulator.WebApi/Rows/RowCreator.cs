using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Queries;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>POST {set}: Create; 204 with OData-EntityId, or 201 with the row when Prefer: return=representation
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api).</summary>
    internal static class RowCreator
    {
        public static WebApiResponse Post(WebApiCall call, ODataUriParser parser, TableView table)
        {
            var row = RowBodyReader.Read(call.Model, table, call.Request.Body, call.ResolveRow);
            var id = ((CreateResponse)call.Service.Execute(new CreateRequest { Target = row })).id;
            return Written(call, parser, table, id, created: true);
        }

        /// <summary>The answer to a write of row <paramref name="id"/>: the row itself when representation was asked for
        /// (201 created, 200 updated), else 204; OData-EntityId either way.</summary>
        public static WebApiResponse Written(WebApiCall call, ODataUriParser parser, TableView table, System.Guid id, bool created)
        {
            var location = call.ServiceRoot + RowAddress.UrlOf(table, id);
            WebApiResponse response;
            if (call.Prefer.ReturnRepresentation)
            {
                var shape = RowQueryBuilder.Shape(call.Model, table, QueryOptions.SelectExpand(parser));
                var stored = call.Service.Retrieve(table.LogicalName, id, shape.ToColumnSet());
                response = WebApiResponse.OfJson(created ? 201 : 200, RowRetriever.Write(call, shape, stored)).With("Preference-Applied", "return=representation");
            }
            else
            {
                response = WebApiResponse.NoContent();
            }

            return response.With("OData-EntityId", location).With("Location", location);
        }
    }
}
