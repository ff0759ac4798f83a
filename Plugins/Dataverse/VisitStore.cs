using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes cr_wifivisit rows: one call per row for the single API, CreateMultiple/UpdateMultiple for the
    /// batch step (bulk messages belong to asynchronous steps: learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).</summary>
    public sealed class VisitStore
    {
        private readonly IOrganizationService _service;

        public VisitStore(IOrganizationService service)
        {
            _service = service;
        }

        public void Create(SessionState session) => _service.Create(VisitMapping.ForCreate(session));

        public void UpdateEnd(SessionState session) => _service.Update(VisitMapping.ForEnd(session));

        public void CreateAll(IReadOnlyCollection<SessionState> sessions) =>
            BulkWrites.Create(_service, Schema.Visit.Table, sessions.Select(VisitMapping.ForCreate));

        public void UpdateEnds(IReadOnlyCollection<SessionState> sessions) =>
            BulkWrites.Update(_service, Schema.Visit.Table, sessions.Select(VisitMapping.ForEnd));
    }
}
