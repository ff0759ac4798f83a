using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Writes a plan row by row, inside the single API's transaction (no bulk messages in synchronous steps:
    /// learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin).
    /// Sessions first (tagged: the aggregates step leaves them to the recording), then the contact with its aggregates,
    /// computed once the sessions are written.</summary>
    public sealed class SingleCallPlanWriter
    {
        private readonly VisitStore _visits;
        private readonly GuestContactStore _contacts;

        public SingleCallPlanWriter(VisitStore visits, GuestContactStore contacts)
        {
            _visits = visits;
            _contacts = contacts;
        }

        public void WriteSessions(RecordingPlan plan)
        {
            foreach (var session in plan.NewSessions)
            {
                try
                {
                    _visits.Create(session);
                }
                catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault))
                {
                    // Under this contact's lock no other login of it records sessions, so the key is another
                    // guest's: the transaction is over and nothing of this call is kept.
                    throw WifiFaults.Conflict(IngestErrors.SessionConflict());
                }
            }

            foreach (var session in plan.EndedSessions)
            {
                _visits.UpdateEnd(session);
            }

        }

        /// <param name="contactRows">The plan's contact writes with the aggregates (<see cref="PlanContactWrites"/>).</param>
        public void WriteContacts(IReadOnlyList<Entity> contactRows)
        {
            // The contact is locked: a row that changes nothing need not be written.
            foreach (var row in contactRows.Where(row => row.Attributes.Count > 0))
            {
                _contacts.Update(row);
            }
        }
    }
}
