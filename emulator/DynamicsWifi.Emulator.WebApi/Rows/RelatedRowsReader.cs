using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>GET {set}({id})/{navigation property}
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-related-table-records-query): a
    /// collection-valued property answers the related rows as a collection GET does, with the same query options and
    /// paging; a single-valued one the row its lookup points at (204 when the lookup is empty). The parent row is read
    /// first, so a missing or unreadable one answers as GET of the row itself would.</summary>
    internal static class RelatedRowsReader
    {
        public static WebApiResponse Get(WebApiCall call, ODataUriParser parser, RowAddress parent, string navigation)
        {
            var model = call.Model.Navigations;
            if (model.TryGetCollection(parent.Table, navigation, out var collection))
            {
                var id = Read(call, parent, new ColumnSet(false)).Id;
                var lookup = collection.Partner.Column.LogicalName;
                return RowCollectionReader.Get(call, parser, collection.Related, query =>
                {
                    var narrowed = new FilterExpression(LogicalOperator.And);
                    narrowed.AddCondition(lookup, ConditionOperator.Equal, id);
                    narrowed.AddFilter(query.Criteria);
                    query.Criteria = narrowed;
                });
            }

            if (model.TryGetLookup(parent.Table, navigation, out var single))
            {
                var reference = Read(call, parent, new ColumnSet(single.Column.LogicalName)).GetAttributeValue<EntityReference>(single.Column.LogicalName);
                return reference == null || reference.LogicalName != single.Target.LogicalName
                    ? new WebApiResponse(204)
                    : RowRetriever.Get(call, parser, RowAddress.Of(single.Target, reference.Id));
            }

            throw WebApiException.SegmentNotFound(navigation);
        }

        private static Entity Read(WebApiCall call, RowAddress parent, ColumnSet columns) =>
            ((RetrieveResponse)call.Service.Execute(new RetrieveRequest { Target = parent.Reference, ColumnSet = columns })).Entity;
    }
}
