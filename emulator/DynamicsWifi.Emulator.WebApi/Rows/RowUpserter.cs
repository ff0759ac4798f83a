using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>PATCH {set}({id or key}): an upsert by default; If-Match: * updates only (404 when missing), If-Match with
    /// an ETag updates only that version (412 otherwise), If-None-Match: * creates only (412 when the row exists)
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).</summary>
    internal static class RowUpserter
    {
        public static WebApiResponse Patch(WebApiCall call, ODataUriParser parser, RowAddress address)
        {
            var row = RowBodyReader.Read(call.Model, address.Table, call.Request.Body, call.ResolveRow);
            var target = address.Reference;
            var ifMatch = call.Request.Header("If-Match");
            var ifNoneMatch = call.Request.Header("If-None-Match");
            if (ifNoneMatch?.Trim() == "*")
            {
                Address(row, target, copyKeysIn: true);
                var id = ((CreateResponse)call.Service.Execute(new CreateRequest { Target = row })).id;
                return RowCreator.Written(call, parser, address.Table, id, created: true);
            }

            Address(row, target, copyKeysIn: false);
            if (ifMatch != null)
            {
                var update = new UpdateRequest { Target = row };
                if (ifMatch.Trim() != "*")
                {
                    row.RowVersion = ETag.VersionOf(ifMatch) ?? throw WebApiException.BadRequest("If-Match must be * or an ETag such as W/\"1234\".");
                    update.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
                }

                call.Service.Execute(update);
                return RowCreator.Written(call, parser, address.Table, IdOf(call, address), created: false);
            }

            var upsert = (UpsertResponse)call.Service.Execute(new UpsertRequest { Target = row });
            return RowCreator.Written(call, parser, address.Table, upsert.Target.Id, upsert.RecordCreated);
        }

        /// <summary>Points the body at the addressed row: its id, or its key attributes (and, for a create, the key values
        /// as columns, as Dataverse copies them in).</summary>
        private static void Address(Entity row, EntityReference target, bool copyKeysIn)
        {
            if (target.Id != System.Guid.Empty)
            {
                row.Id = target.Id;
                return;
            }

            foreach (var key in target.KeyAttributes)
            {
                row.KeyAttributes[key.Key] = key.Value;
                if (copyKeysIn)
                {
                    row[key.Key] = key.Value;
                }
            }
        }

        private static System.Guid IdOf(WebApiCall call, RowAddress address) => address.Reference.Id != System.Guid.Empty
            ? address.Reference.Id
            : ((RetrieveResponse)call.Service.Execute(new RetrieveRequest { Target = address.Reference, ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(false) })).Entity.Id;
    }
}
