using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Queries;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>GET {set}({id}) or {set}({key}='…'): Retrieve with the $select columns, then each $expand by its lookup;
    /// 304 when If-None-Match names the current version
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api).</summary>
    internal static class RowRetriever
    {
        public static WebApiResponse Get(WebApiCall call, ODataUriParser parser, RowAddress address)
        {
            var shape = RowQueryBuilder.Shape(call.Model, address.Table, QueryOptions.SelectExpand(parser));
            var row = ((RetrieveResponse)call.Service.Execute(new RetrieveRequest { Target = address.Reference, ColumnSet = shape.ToColumnSet() })).Entity;
            if (shape.Expands.Count == 0 && shape.Collections.Count == 0 && call.Prefer.Annotations.Count == 0 &&
                ETag.VersionOf(call.Request.Header("If-None-Match")) is { } known && known == row.RowVersion)
            {
                return new WebApiResponse(304);
            }

            return WebApiResponse.OfJson(200, Write(call, shape, row));
        }

        public static byte[] Write(WebApiCall call, RowShape shape, Entity row) => JsonBody.Of(writer => RowJsonWriter.Write(
            writer,
            shape,
            row,
            call.Prefer,
            LoadedExpansions.For(call.Service, shape, new[] { row }),
            call.Context(shape.Table.EntitySetName + shape.ContextSelect + "/$entity")));
    }
}
