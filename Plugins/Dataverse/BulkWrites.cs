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
            foreach (var chunk in Chunks.Of(rows, RowsPerCall))
            {
                service.Execute(new CreateMultipleRequest { Targets = Collection(table, chunk) });
            }
        }

        public static void Update(IOrganizationService service, string table, IEnumerable<Entity> rows)
        {
            foreach (var chunk in Chunks.Of(rows, RowsPerCall))
            {
                service.Execute(new UpdateMultipleRequest { Targets = Collection(table, chunk) });
            }
        }

        private static EntityCollection Collection(string table, List<Entity> rows) =>
            new EntityCollection(rows.ToList()) { EntityName = table };
    }
}
