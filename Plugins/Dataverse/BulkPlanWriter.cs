using System.Linq;
using DynamicsWifi.Plugins.Ingest;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes a plan with CreateMultiple and UpdateMultiple, from the batch's asynchronous step. A lost key race
    /// surfaces as the fault of the one bulk call that hit it; that call wrote nothing, and the caller reads again.</summary>
    public sealed class BulkPlanWriter
    {
        private readonly VisitStore _visits;
        private readonly GuestContactStore _contacts;

        public BulkPlanWriter(VisitStore visits, GuestContactStore contacts)
        {
            _visits = visits;
            _contacts = contacts;
        }

        public void Write(RecordingPlan plan)
        {
            _visits.CreateAll(plan.NewSessions);
            _visits.UpdateEnds(plan.EndedSessions);
            _contacts.UpdateAll(plan.ContactUpdates.Select(GuestContactMapping.ForUpdate).ToList());
        }
    }
}
