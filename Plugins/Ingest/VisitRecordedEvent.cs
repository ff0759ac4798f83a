using System;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The payload of the cr_WifiVisitRecorded business event: raised for the first session of a new visit
    /// when that session is fresh (DESIGN.md 4).</summary>
    public sealed class VisitRecordedEvent
    {
        public VisitRecordedEvent(Guid contactId, Guid visitId, string venue, string? zone, bool returningGuest, int visitCount, bool marketingConsent)
        {
            ContactId = contactId;
            VisitId = visitId;
            Venue = venue;
            Zone = zone;
            ReturningGuest = returningGuest;
            VisitCount = visitCount;
            MarketingConsent = marketingConsent;
        }

        public Guid ContactId { get; }

        public Guid VisitId { get; }

        public string Venue { get; }

        public string? Zone { get; }

        public bool ReturningGuest { get; }

        public int VisitCount { get; }

        public bool MarketingConsent { get; }
    }
}
