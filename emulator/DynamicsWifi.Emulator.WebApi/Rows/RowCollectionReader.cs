using System;
using System.Globalization;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Queries;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData.UriParser;
using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>GET {set} with query options: one RetrieveMultiple; @odata.count when $count=true, @odata.nextLink with a
    /// $skiptoken while more rows follow (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview).
    /// With fetchXml= the query is that FetchXML instead. <c>narrow</c> confines the query further (to the rows related
    /// to one row, for GET {set}({id})/{collection}).</summary>
    internal static class RowCollectionReader
    {
        public static WebApiResponse Get(WebApiCall call, ODataUriParser parser, TableView table, Action<QueryExpression>? narrow = null)
        {
            if (QueryOptions.Custom(parser, "fetchXml") is { } fetchXml)
            {
                return narrow == null ? FetchReader.Get(call, table, fetchXml) : throw WebApiException.BadRequest("fetchXml is a query option of an entity set, not of a navigation property.");
            }

            var query = RowQueryBuilder.Build(call.Model, table, parser, call.Prefer.MaxPageSize);
            narrow?.Invoke(query.Query);
            var rows = call.Service.RetrieveMultiple(query.Query);
            var expansions = LoadedExpansions.For(call.Service, query.Shape, rows.Entities);
            var body = JsonBody.Of(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.context", call.Context(table.EntitySetName + query.Shape.ContextSelect));
                if (query.IsCounted)
                {
                    writer.WriteNumber("@odata.count", query.IsPaged ? Math.Max(rows.TotalRecordCount, rows.Entities.Count) : rows.Entities.Count);
                }

                writer.WriteStartArray("value");
                foreach (var row in rows.Entities)
                {
                    RowJsonWriter.Write(writer, query.Shape, row, call.Prefer, expansions);
                }

                writer.WriteEndArray();
                if (query.IsPaged && rows.MoreRecords)
                {
                    var token = new SkipToken(query.Query.PageInfo.PageNumber + 1, rows.PagingCookie);
                    writer.WriteString("@odata.nextLink", call.ServiceRoot + NextLink(call.Request.RelativeUrl, token));
                }

                writer.WriteEndObject();
            });
            var response = WebApiResponse.OfJson(200, body);
            if (call.Prefer.MaxPageSize is { } size)
            {
                response.With("Preference-Applied", "odata.maxpagesize=" + size.ToString(CultureInfo.InvariantCulture));
            }

            return response;
        }

        /// <summary>The request's own URL with $skiptoken set to the next page's token.</summary>
        private static string NextLink(string relativeUrl, SkipToken token)
        {
            var question = relativeUrl.IndexOf('?');
            var path = question < 0 ? relativeUrl : relativeUrl.Substring(0, question);
            var query = question < 0 ? string.Empty : relativeUrl.Substring(question + 1);
            var kept = Array.FindAll(query.Split('&', StringSplitOptions.RemoveEmptyEntries), part =>
                !Uri.UnescapeDataString(part).StartsWith("$skiptoken=", StringComparison.OrdinalIgnoreCase));
            return path + "?" + string.Join("&", kept) + (kept.Length > 0 ? "&" : string.Empty) + "$skiptoken=" + Uri.EscapeDataString(token.ToString());
        }
    }
}
