using System;

namespace DynamicsWifi.Client.Model
{
    /// <summary>One object of cr_results: an outcome with the contact and the session, or an error.</summary>
    public sealed class IndexedOutcome
    {
        public int Index { get; set; }

        public RecordOutcome Outcome { get; set; }

        public Guid? ContactId { get; set; }

        public Guid? VisitId { get; set; }

        public bool ContactCreated { get; set; }

        public bool ReturningGuest { get; set; }

        public int? VisitCount { get; set; }

        public EventError? Error { get; set; }

        public EventResult For(GuestEvent login) => Error != null
            ? EventResult.Rejected(login, new[] { Error })
            : EventResult.Succeeded(login, Outcome, ContactId, VisitId, ContactCreated, ReturningGuest, VisitCount);
    }
}
