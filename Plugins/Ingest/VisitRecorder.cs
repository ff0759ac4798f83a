using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Decides what a call's logins write, shared by the single and the batch API (STYLE.md 3.3): it reads
    /// nothing and writes nothing, it turns the state read as one set into a <see cref="RecordingPlan"/>. Events are
    /// applied in order to a working copy, so duplicates inside a batch end exactly as if sent one by one: a known
    /// session only completes or extends (a later SessionEnd); a new session is recorded and its login's profile
    /// and consent applied to the contact; a session id held by another guest is refused. Where only the visits around a login were read, the visits not
    /// read are counted from the contact's stored aggregates (<see cref="UnreadVisits"/>).</summary>
    public static class VisitRecorder
    {
        public static RecordingPlan Plan(IReadOnlyList<PendingEvent> events, RecordingState state, WifiSettings settings, DateTime utcNow, Func<Guid> newId)
        {
            var work = new Working(state);
            var outcomes = new List<EventOutcome>(events.Count);
            var visitEvents = new List<VisitRecordedEvent>();
            foreach (var pending in events)
            {
                if (!work.Contacts.TryGetValue(pending.ContactId, out var contact))
                {
                    throw new InvalidOperationException("Contact " + pending.ContactId + " was not read before planning.");
                }

                if (work.BySessionId.TryGetValue(pending.Guest.SessionId, out var known) && known.ContactId != contact.Id)
                {
                    outcomes.Add(EventOutcome.Rejected(pending.Index, IngestErrors.SessionConflict()));
                    continue;
                }

                var kind = known == null ? work.Record(pending, contact, newId()) : work.Extend(known, pending.Guest.SessionEnd);
                var session = work.BySessionId[pending.Guest.SessionId];
                var timeline = VisitTimeline.Of(work.SessionsOf(contact.Id).Select(stored => stored.Span), settings.VisitGap);
                var unread = work.UnreadVisitsOf(contact.Id, settings.VisitGap);
                var visit = timeline.VisitOf(session.Id)!;
                var returning = timeline.HasVisitBefore(visit) || unread.HasVisitBefore(visit.Start);
                var visitCount = timeline.Count + unread.Count;
                var created = kind == OutcomeKind.Recorded && pending.ContactCreated && work.ReportCreation(contact.Id);
                outcomes.Add(EventOutcome.Done(pending.Index, kind, contact.Id, session.Id, created, returning, visitCount));

                if (kind == OutcomeKind.Recorded && visit.Sessions.Count == 1 && IsFresh(session.Start, settings.Freshness, utcNow))
                {
                    visitEvents.Add(new VisitRecordedEvent(contact.Id, session.Id, session.Venue, session.Zone, returning, visitCount, contact.MarketingConsent));
                }
            }

            return new RecordingPlan(work.NewSessions(), work.EndedSessions(), work.ContactUpdates(), visitEvents, outcomes);
        }

        /// <summary>Fresh: started no longer than the freshness window ago (a start in the future, within the 24 hours
        /// the contract allows, is fresh too).</summary>
        public static bool IsFresh(DateTime start, TimeSpan freshness, DateTime utcNow) => utcNow - start <= freshness;

        /// <summary>The working copy the events are applied to, in order.</summary>
        private sealed class Working
        {
            private readonly List<SessionState> _sessions;
            private readonly HashSet<Guid> _created = new HashSet<Guid>();
            private readonly HashSet<Guid> _ended = new HashSet<Guid>();
            private readonly HashSet<Guid> _creationReported = new HashSet<Guid>();
            private readonly Dictionary<Guid, HashSet<ContactField>> _changed = new Dictionary<Guid, HashSet<ContactField>>();
            private readonly Dictionary<Guid, UnreadVisits> _unread = new Dictionary<Guid, UnreadVisits>();
            private readonly RecordingState _state;

            public Working(RecordingState state)
            {
                _state = state;
                Contacts = state.Contacts.Values.ToDictionary(contact => contact.Id, contact => contact.Copy());
                _sessions = state.Sessions.Select(session => session.Copy()).ToList();

                // Session ids are an alternate key: compared as the database compares key text, ignoring case.
                BySessionId = new Dictionary<string, SessionState>(StringComparer.OrdinalIgnoreCase);
                foreach (var session in _sessions)
                {
                    BySessionId[session.SessionId] = session;
                }
            }

            public Dictionary<Guid, ContactState> Contacts { get; }

            public Dictionary<string, SessionState> BySessionId { get; }

            public IEnumerable<SessionState> SessionsOf(Guid contactId) => _sessions.Where(session => session.ContactId == contactId);

            /// <summary>Of the state as read: what the events change is in the sessions read.</summary>
            public UnreadVisits UnreadVisitsOf(Guid contactId, TimeSpan visitGap)
            {
                if (!_unread.TryGetValue(contactId, out var unread))
                {
                    _unread[contactId] = unread = UnreadVisits.Of(_state, contactId, visitGap);
                }

                return unread;
            }

            public OutcomeKind Record(PendingEvent pending, ContactState contact, Guid id)
            {
                var session = SessionState.ForNewSession(id, contact.Id, pending.Guest);
                _sessions.Add(session);
                BySessionId[session.SessionId] = session;
                _created.Add(session.Id);

                var changes = ContactChanges.Apply(contact, pending.Guest);
                if (changes.Count > 0)
                {
                    if (!_changed.TryGetValue(contact.Id, out var fields))
                    {
                        _changed[contact.Id] = fields = new HashSet<ContactField>();
                    }

                    fields.UnionWith(changes);
                }

                return OutcomeKind.Recorded;
            }

            public OutcomeKind Extend(SessionState session, DateTime? end)
            {
                if (!end.HasValue || (session.End.HasValue && end.Value <= session.End.Value))
                {
                    return OutcomeKind.Unchanged;
                }

                session.End = end;
                if (!_created.Contains(session.Id))
                {
                    _ended.Add(session.Id);
                }

                return OutcomeKind.Updated;
            }

            /// <summary>True the first time only: in a batch, only the login that created the contact reports it.</summary>
            public bool ReportCreation(Guid contactId) => _creationReported.Add(contactId);

            public IReadOnlyList<SessionState> NewSessions() => _sessions.Where(session => _created.Contains(session.Id)).ToList();

            public IReadOnlyList<SessionState> EndedSessions() => _sessions.Where(session => _ended.Contains(session.Id)).ToList();

            public IReadOnlyList<ContactUpdate> ContactUpdates() =>
                _changed.Select(change => new ContactUpdate(Contacts[change.Key], change.Value.ToList())).ToList();
        }
    }
}
