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
    /// all events (the same recorder as the single API), then CreateMultiple/UpdateMultiple. A bulk write that loses
    /// a key race to a concurrent call writes nothing; the state is read again and those events are decided anew.
    /// Re-running it is safe: every write is keyed, and a completed batch is left as it is.</summary>
    public sealed class BatchLoginRecording
    {
        public const int MaxRounds = 3;

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

            var contacts = new GuestContactStore(_service);
            var resolved = new BatchGuestResolver(contacts, _trace).Resolve(valid, utcNow);
            var pending = valid.Select(indexed => new PendingEvent(indexed.Index, indexed.Event, resolved.ContactOf(indexed.Index), resolved.CreatedBy(indexed.Index))).ToList();
            var plan = PlanAndWrite(pending, resolved.ContactIds.Distinct().ToList(), settings, utcNow, contacts);

            var publisher = new VisitEventPublisher(_service);
            foreach (var visit in plan.VisitEvents)
            {
                publisher.Publish(visit);
            }

            _trace.Trace("RecordBatch: {0} session(s) created, {1} ended, {2} contact(s) updated, {3} business event(s).",
                plan.NewSessions.Count, plan.EndedSessions.Count, plan.ContactUpdates.Count, plan.VisitEvents.Count);
            return new BatchOutcome(plan.Outcomes.Concat(refused).ToList());
        }

        private RecordingPlan PlanAndWrite(List<PendingEvent> pending, List<Guid> contactIds, WifiSettings settings, DateTime utcNow, GuestContactStore contacts)
        {
            var sessionIds = pending.Select(item => item.Guest.SessionId).ToList();
            var states = new RecordingStateStore(_service);
            var writer = new BulkPlanWriter(new VisitStore(_service), contacts);
            for (var round = 1; ; round++)
            {
                var plan = VisitRecorder.Plan(pending, states.ReadForContacts(contactIds, sessionIds), settings, utcNow, Guid.NewGuid);
                try
                {
                    writer.Write(plan);
                    return plan;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault) && round < MaxRounds)
                {
                    _trace.Trace("RecordBatch: round {0}: a session was recorded by another call meanwhile; reading the sessions again.", round);
                }
            }
        }
    }
}
