using System;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The answer for one login: the ids, what happened and the visit facts (DESIGN.md 4), or its error.</summary>
    public sealed class EventOutcome
    {
        private EventOutcome(int index, OutcomeKind kind, Guid contactId, Guid visitId, bool contactCreated, bool returningGuest, int visitCount, FieldError? error)
        {
            Index = index;
            Kind = kind;
            ContactId = contactId;
            VisitId = visitId;
            ContactCreated = contactCreated;
            ReturningGuest = returningGuest;
            VisitCount = visitCount;
            Error = error;
        }

        public int Index { get; }

        public OutcomeKind Kind { get; }

        public Guid ContactId { get; }

        /// <summary>The cr_wifivisit row of the session.</summary>
        public Guid VisitId { get; }

        public bool ContactCreated { get; }

        public bool ReturningGuest { get; }

        public int VisitCount { get; }

        public FieldError? Error { get; }

        /// <summary>"recorded", "updated" or "unchanged", as the contract spells it.</summary>
        public string OutcomeText => Kind.ToString().ToLowerInvariant();

        public static EventOutcome Done(int index, OutcomeKind kind, Guid contactId, Guid visitId, bool contactCreated, bool returningGuest, int visitCount) =>
            new EventOutcome(index, kind, contactId, visitId, contactCreated, returningGuest, visitCount, null);

        public static EventOutcome Rejected(int index, FieldError error) =>
            new EventOutcome(index, OutcomeKind.Rejected, Guid.Empty, Guid.Empty, false, false, 0, error);
    }
}
