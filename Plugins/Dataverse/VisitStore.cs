using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes cr_wifivisit rows: one call per row for the single API (the batch step writes them with
    /// <see cref="BulkPlanWriter"/>).</summary>
    public sealed class VisitStore
    {
        private readonly IOrganizationService _service;

        public VisitStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>Tagged <see cref="Schema.Tags.AggregatesByRecording"/>: the caller writes the contact's aggregates itself.</summary>
        public void Create(SessionState session) =>
            _service.Execute(new CreateRequest { Target = VisitMapping.ForCreate(session), [Schema.Tags.Tag] = Schema.Tags.AggregatesByRecording });

        /// <summary>Tagged like <see cref="Create"/>.</summary>
        public void UpdateEnd(SessionState session) =>
            _service.Execute(new UpdateRequest { Target = VisitMapping.ForEnd(session), [Schema.Tags.Tag] = Schema.Tags.AggregatesByRecording });
    }
}
