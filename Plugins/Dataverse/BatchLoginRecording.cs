using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Ingest.Json;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Records an accepted batch from its asynchronous step, where no transaction spans the calls
    /// (DATAVERSE-FACTS.md 2.1): contacts resolved as a set, every contact's sessions read in one query, one plan for
    /// all events (the same recorder as the single API), then one transaction of CreateMultiple/UpdateMultiple that
    /// also writes the contacts' visit aggregates and the ledger rows of the consent the logins stated (BulkPlanWriter;
    /// a new guest's first statement is written with its contact by the resolver). A write that loses a race to a concurrent call
    /// (a session key, a contact written since it was read) writes nothing; the state is read again and the events
    /// are decided anew.
    /// Re-running it is safe: every write is keyed, and a completed batch is left as it is.</summary>
    public sealed class BatchLoginRecording
    {
        public const int MaxRounds = 5;

        private readonly IOrganizationService _service;
        private readonly ITracingService _trace;

        public BatchLoginRecording(IOrganizationService service, ITracingService trace)
        {
            _service = service;
            _trace = trace;
        }

        public BatchOutcome Record(IReadOnlyList<IndexedReading> stored, WifiSettings settings, DateTime utcNow)
        {
            var valid = stored.Where(indexed => indexed.Reading.IsValid).Select(indexed => new IndexedEvent(indexed.Index, indexed.Reading.Event!)).ToList();
            var refused = stored.Where(indexed => !indexed.Reading.IsValid).Select(indexed => EventOutcome.Rejected(indexed.Index, indexed.Reading.Errors[0]));

            var resolved = new BatchGuestResolver(new GuestContactStore(_service), _trace).Resolve(valid, utcNow);
            var pending = valid.Select(indexed => new PendingEvent(indexed.Index, indexed.Event, resolved.ContactOf(indexed.Index), resolved.CreatedBy(indexed.Index))).ToList();
            var plan = PlanAndWrite(pending, resolved.ContactIds.Distinct().ToList(), settings, utcNow);

            var publisher = new VisitEventPublisher(_service);
            foreach (var visit in plan.VisitEvents)
            {
                publisher.Publish(visit);
            }

            _trace.Trace("RecordBatch: {0} session(s) created, {1} ended, {2} contact(s) updated, {3} consent change(s) recorded, {4} business event(s).",
                plan.NewSessions.Count, plan.EndedSessions.Count, plan.ContactUpdates.Count, plan.ContactUpdates.Sum(update => update.Contact.ConsentChanges.Count), plan.VisitEvents.Count);
            return new BatchOutcome(plan.Outcomes.Concat(refused).ToList());
        }

        private RecordingPlan PlanAndWrite(List<PendingEvent> pending, List<Guid> contactIds, WifiSettings settings, DateTime utcNow)
        {
            var sessionIds = pending.Select(item => item.Guest.SessionId).ToList();
            var states = new RecordingStateStore(_service);
            var writer = new BulkPlanWriter(_service);
            for (var round = 1; ; round++)
            {
                var state = states.ReadForContacts(contactIds, sessionIds);
                var plan = VisitRecorder.Plan(pending, state, settings, utcNow, Guid.NewGuid);
                try
                {
                    writer.Write(plan, PlanContactWrites.Of(plan, state, settings.VisitGap));
                    return plan;
                }
                catch (FaultException<OrganizationServiceFault> fault) when ((DataverseFaultCodes.IsDuplicateKey(fault) || DataverseFaultCodes.IsVersionMismatch(fault)) && round < MaxRounds)
                {
                    _trace.Trace("RecordBatch: round {0}: another call wrote one of the guests or sessions meanwhile; nothing was written; reading them again.", round);
                }
            }
        }
    }
}
