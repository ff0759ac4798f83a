using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Raises the cr_WifiVisitRecorded business event: a call of the custom API that has no plug-in, so
    /// flows subscribed with "When an action is performed" run when the surrounding operation succeeds
    /// (learn.microsoft.com/power-apps/developer/data-platform/business-events).</summary>
    public sealed class VisitEventPublisher
    {
        private readonly IOrganizationService _service;

        public VisitEventPublisher(IOrganizationService service)
        {
            _service = service;
        }

        public void Publish(VisitRecordedEvent visit)
        {
            var request = new OrganizationRequest(Schema.Apis.VisitRecorded)
            {
                [Schema.Apis.ContactId] = visit.ContactId,
                [Schema.Apis.VisitId] = visit.VisitId,
                [Schema.Apis.Venue] = visit.Venue,
                [Schema.Apis.ReturningGuest] = visit.ReturningGuest,
                [Schema.Apis.VisitCount] = visit.VisitCount,
                [Schema.Apis.MarketingConsent] = visit.MarketingConsent,
            };
            if (visit.Zone != null)
            {
                request[Schema.Apis.Zone] = visit.Zone;
            }

            _service.Execute(request);
        }
    }
}
