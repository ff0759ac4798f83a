using System;
using System.Collections.Generic;

namespace DynamicsWifi.Client.Model
{
    /// <summary>The final word on one login: recorded, updated or unchanged with the contact and the session, or rejected
    /// with every error found.</summary>
    public sealed class EventResult
    {
        private static readonly IReadOnlyList<EventError> NoErrors = Array.Empty<EventError>();

        private EventResult(GuestEvent login, RecordOutcome outcome, IReadOnlyList<EventError> errors)
        {
            Event = login;
            Outcome = outcome;
            Errors = errors;
        }

        public GuestEvent Event { get; }

        public RecordOutcome Outcome { get; }

        public Guid? ContactId { get; private set; }

        public Guid? VisitId { get; private set; }

        public bool ContactCreated { get; private set; }

        public bool ReturningGuest { get; private set; }

        public int? VisitCount { get; private set; }

        public IReadOnlyList<EventError> Errors { get; }

        public static EventResult Succeeded(GuestEvent login, RecordOutcome outcome, Guid? contactId, Guid? visitId, bool contactCreated, bool returningGuest, int? visitCount) =>
            new EventResult(login, outcome, NoErrors)
            {
                ContactId = contactId,
                VisitId = visitId,
                ContactCreated = contactCreated,
                ReturningGuest = returningGuest,
                VisitCount = visitCount,
            };

        public static EventResult Rejected(GuestEvent login, IReadOnlyList<EventError> errors) => new EventResult(login, RecordOutcome.Rejected, errors);
    }
}
