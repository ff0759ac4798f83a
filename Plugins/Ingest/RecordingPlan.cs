using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Everything one call writes, decided before the first write: sessions to create, sessions to complete
    /// or extend, contacts to update (each once, with the fields that changed), business events to raise, and the
    /// answer for every event. The single API writes it call by call; the batch step with CreateMultiple/UpdateMultiple.</summary>
    public sealed class RecordingPlan
    {
        public RecordingPlan(
            IReadOnlyList<SessionState> newSessions,
            IReadOnlyList<SessionState> endedSessions,
            IReadOnlyList<ContactUpdate> contactUpdates,
            IReadOnlyList<VisitRecordedEvent> visitEvents,
            IReadOnlyList<EventOutcome> outcomes)
        {
            NewSessions = newSessions;
            EndedSessions = endedSessions;
            ContactUpdates = contactUpdates;
            VisitEvents = visitEvents;
            Outcomes = outcomes;
        }

        public IReadOnlyList<SessionState> NewSessions { get; }

        /// <summary>Stored sessions whose end (and dwell) changes.</summary>
        public IReadOnlyList<SessionState> EndedSessions { get; }

        public IReadOnlyList<ContactUpdate> ContactUpdates { get; }

        public IReadOnlyList<VisitRecordedEvent> VisitEvents { get; }

        /// <summary>One per event, in the order the events came.</summary>
        public IReadOnlyList<EventOutcome> Outcomes { get; }
    }
}
