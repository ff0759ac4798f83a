using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes a plan from the batch's asynchronous step in one ExecuteTransaction: the sessions with
    /// CreateMultiple and UpdateMultiple, tagged so the aggregates step leaves them to this write, then the contacts
    /// (profile and aggregates, <see cref="PlanContactWrites"/>; every contact whose sessions it writes, even with
    /// nothing changed) with UpdateMultiple, each only if its row version is still the one the plan was made from,
    /// and the ledger rows of the consent the logins stated with one CreateMultiple (<see cref="ContactConsentWrites"/>:
    /// the consent step leaves those contact saves to it). No lock spans the read and the write, so a concurrent login
    /// of one of the guests (or any other write of its contact: an unsubscribe, cr_UpdateWifiConsent) makes the version
    /// differ: the transaction then writes nothing (no ledger row either), fails
    /// on the version or, for a session recorded meanwhile, on its key, and the caller reads again. Nothing is lost.</summary>
    public sealed class BulkPlanWriter
    {
        private readonly IOrganizationService _service;

        public BulkPlanWriter(IOrganizationService service)
        {
            _service = service;
        }

        public void Write(RecordingPlan plan, IReadOnlyList<Entity> contactRows)
        {
            var sessions = BulkWrites.CreateRequests(Schema.Visit.Table, plan.NewSessions.Select(VisitMapping.ForCreate))
                .Concat<OrganizationRequest>(BulkWrites.UpdateRequests(Schema.Visit.Table, plan.EndedSessions.Select(VisitMapping.ForEnd)))
                .Select(request =>
                {
                    request[Schema.Tags.Tag] = Schema.Tags.AggregatesByRecording;
                    return request;
                });
            var contacts = BulkWrites.UpdateRequests(Schema.Contact.Table, contactRows).Select(request =>
            {
                request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
                return (OrganizationRequest)request;
            });

            BulkWrites.InOneTransaction(_service, sessions.Concat(ContactConsentWrites.Of(contacts, plan.ContactUpdates.Select(update => update.Contact))));
        }
    }
}
