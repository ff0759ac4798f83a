using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes cr_wifivisit rows: one call per row for the single API, CreateMultiple/UpdateMultiple for the
    /// batch step (bulk messages belong to asynchronous steps: learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).</summary>
    public sealed class VisitStore
    {
        private const int RowsPerBulkWrite = 500;

        private readonly IOrganizationService _service;

        public VisitStore(IOrganizationService service)
        {
            _service = service;
        }

        public void Create(SessionState session) => _service.Create(VisitMapping.ForCreate(session));

        public void UpdateEnd(SessionState session) => _service.Update(VisitMapping.ForEnd(session));

        public void CreateAll(IReadOnlyCollection<SessionState> sessions)
        {
            foreach (var chunk in Chunks.Of(sessions, RowsPerBulkWrite))
            {
                _service.Execute(new CreateMultipleRequest { Targets = Collection(chunk.Select(VisitMapping.ForCreate)) });
            }
        }

        public void UpdateEnds(IReadOnlyCollection<SessionState> sessions)
        {
            foreach (var chunk in Chunks.Of(sessions, RowsPerBulkWrite))
            {
                _service.Execute(new UpdateMultipleRequest { Targets = Collection(chunk.Select(VisitMapping.ForEnd)) });
            }
        }

        private static EntityCollection Collection(IEnumerable<Entity> rows) =>
            new EntityCollection(rows.ToList()) { EntityName = Schema.Visit.Table };
    }
}
