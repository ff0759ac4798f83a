using System;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Records one login inside the single API's transaction, after the pre-validation step made sure a contact
    /// holds the guest's key. The contact's row lock is taken first, so concurrent logins of one guest run one after
    /// the other and each reads the sessions the others wrote (learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/concurrency-issues);
    /// then one read (the contact with the sessions around the login: RecordingStateStore.ReadAroundLogin), the plan, the
    /// writes (the session, then the contact with its visit aggregates, so the aggregates step skips the session), and the
    /// business event when the login starts a fresh visit.</summary>
    public sealed class SingleLoginRecording
    {
        /// <summary>A contact the caller created this recently, holding no session yet, was created for this login by
        /// the pre-validation step (a request runs at most two minutes: DESIGN.md 7). Dataverse documents no way to
        /// hand that fact from pre-validation to a custom API's main operation, so it is read from the row.</summary>
        public static readonly TimeSpan CreationWindow = TimeSpan.FromMinutes(2);

        private readonly IOrganizationService _service;
        private readonly IOrganizationService _systemService;
        private readonly ITracingService _trace;

        public SingleLoginRecording(IOrganizationService service, IOrganizationService systemService, ITracingService trace)
        {
            _service = service;
            _systemService = systemService;
            _trace = trace;
        }

        public EventOutcome Record(GuestEvent guest, Guid callerId, WifiSettings settings, DateTime utcNow)
        {
            var contacts = new GuestContactStore(_service);
            var key = guest.Identity.Key;
            try
            {
                contacts.Lock(key);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsNotFoundByKey(fault))
            {
                throw WifiFaults.Retry("No contact holds the guest's identity key yet.");
            }

            Func<ContactState, bool> createdByCaller = candidate => candidate.CreatedBy == callerId && utcNow - candidate.CreatedOn <= CreationWindow;
            var reading = new RecordingStateStore(_service).ReadAroundLogin(key, guest, settings.VisitGap, createdByCaller);
            var state = reading.State;
            var contact = state.Contacts.Values.FirstOrDefault(candidate => string.Equals(candidate.IdentityKey, key.Value, StringComparison.OrdinalIgnoreCase))
                ?? throw WifiFaults.Retry("The guest's contact changed while it was being read.");
            guest = new MacHasher(new WifiSecretStore(_systemService), _trace).Hash(guest);
            var createdNow = createdByCaller(contact) && state.HoldsAllSessionsOf(contact.Id)
                && !state.Sessions.Any(session => session.ContactId == contact.Id);

            var plan = VisitRecorder.Plan(new[] { new PendingEvent(0, guest, contact.Id, createdNow) }, state, settings, utcNow, Guid.NewGuid);
            var outcome = plan.Outcomes[0];
            if (outcome.Error != null)
            {
                throw WifiFaults.Conflict(outcome.Error);
            }

            var writer = new SingleCallPlanWriter(new VisitStore(_service), contacts);
            writer.WriteSessions(plan);
            writer.WriteContacts(PlanContactWrites.Of(plan, state, settings.VisitGap, reading.AroundLogin));
            var publisher = new VisitEventPublisher(_service);
            foreach (var visit in plan.VisitEvents)
            {
                publisher.Publish(visit);
            }

            _trace.Trace(
                "RecordWifiAuthentication: contact {0}, visit {1}: {2}; {3} contact column(s) changed; visit {4} of the guest; {5} business event(s).",
                outcome.ContactId, outcome.VisitId, outcome.OutcomeText, plan.ContactUpdates.Sum(update => update.Fields.Count), outcome.VisitCount, plan.VisitEvents.Count);
            return outcome;
        }
    }
}
