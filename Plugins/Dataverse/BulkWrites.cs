using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>CreateMultiple and UpdateMultiple in slices of 500 rows, for asynchronous steps only (bulk messages do
    /// not belong in synchronous plug-ins: learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).
    /// Each call is all or nothing on standard tables.</summary>
    public static class BulkWrites
    {
        private const int RowsPerCall = 500;

        public static void Create(IOrganizationService service, string table, IEnumerable<Entity> rows)
        {
            foreach (var request in CreateRequests(table, rows))
            {
                service.Execute(request);
            }
        }

        public static void Update(IOrganizationService service, string table, IEnumerable<Entity> rows)
        {
            foreach (var request in UpdateRequests(table, rows))
            {
                service.Execute(request);
            }
        }

        /// <summary>Sends the requests in one ExecuteTransaction: all are written or none (nothing is sent for none).</summary>
        public static void InOneTransaction(IOrganizationService service, IEnumerable<OrganizationRequest> requests)
        {
            var collection = new OrganizationRequestCollection();
            collection.AddRange(requests);
            if (collection.Count > 0)
            {
                service.Execute(new ExecuteTransactionRequest { Requests = collection });
            }
        }

        public static IEnumerable<CreateMultipleRequest> CreateRequests(string table, IEnumerable<Entity> rows) =>
            Chunks.Of(rows, RowsPerCall).Select(chunk => new CreateMultipleRequest { Targets = Collection(table, chunk) });

        public static IEnumerable<UpdateMultipleRequest> UpdateRequests(string table, IEnumerable<Entity> rows) =>
            Chunks.Of(rows, RowsPerCall).Select(chunk => new UpdateMultipleRequest { Targets = Collection(table, chunk) });

        private static EntityCollection Collection(string table, List<Entity> rows) =>
            new EntityCollection(rows.ToList()) { EntityName = table };
    }
}
