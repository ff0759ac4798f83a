using System.ServiceModel;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes a plan row by row, inside the single API's transaction (no bulk messages in synchronous steps:
    /// learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin).
    /// Sessions first, then the contact, so the contact changes only with a session recorded.</summary>
    public sealed class SingleCallPlanWriter
    {
        private readonly VisitStore _visits;
        private readonly GuestContactStore _contacts;

        public SingleCallPlanWriter(VisitStore visits, GuestContactStore contacts)
        {
            _visits = visits;
            _contacts = contacts;
        }

        public void Write(RecordingPlan plan)
        {
            foreach (var session in plan.NewSessions)
            {
                try
                {
                    _visits.Create(session);
                }
                catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault))
                {
                    // Another guest's login recorded this session id after we read: the transaction is over; the
                    // retry reads that row and answers WIFI_SESSION_CONFLICT.
                    throw WifiFaults.Retry("The session was recorded by another call at the same moment.");
                }
            }

            foreach (var session in plan.EndedSessions)
            {
                _visits.UpdateEnd(session);
            }

            foreach (var update in plan.ContactUpdates)
            {
                _contacts.Update(update);
            }
        }
    }
}
