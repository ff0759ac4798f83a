using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contact rows a recording plan writes, one per contact: the profile and consent fields that changed
    /// and, for every contact whose sessions the plan writes, the visit aggregates, against the values the contact holds:
    /// computed from scratch (WifiAggregates.Of, as the repair does) over the sessions read with the contact plus the
    /// plan's when all were read, or moved from the stored values by the change (AggregateMaintainer, as the aggregates
    /// step does) when only the visits around a login were. The recording's session writes are tagged so the aggregates step leaves them to this. Each row
    /// carries the version the contact was read at, for the batch's optimistic write; a contact whose sessions are
    /// written gets a row even when no value changes (the batch writes it anyway, so a concurrent batch that read the
    /// sessions before sees the version change; the single API holds the lock and skips it).</summary>
    public static class PlanContactWrites
    {
        /// <param name="aroundLogin">The store holding what was read of the contacts whose sessions were read around the
        /// login only (<see cref="RecordingState.HoldsAllSessionsOf"/>): their aggregates are the stored ones moved by the
        /// change (AggregateMaintainer, as the aggregates step does), which may read tallies, so call this after the
        /// sessions are written.</param>
        public static IReadOnlyList<Entity> Of(RecordingPlan plan, RecordingState state, TimeSpan visitGap, ReadAheadAggregateStore? aroundLogin = null)
        {
            var rows = plan.ContactUpdates.ToDictionary(update => update.Contact.Id, GuestContactMapping.ForUpdate);
            var writtenSessions = plan.NewSessions.Concat(plan.EndedSessions).ToList();
            var writtenIds = new HashSet<Guid>(writtenSessions.Select(session => session.Id));
            var moved = Moved(writtenSessions, state, visitGap, aroundLogin);
            foreach (var contactId in writtenSessions.Select(session => session.ContactId).Distinct())
            {
                var stored = state.Contacts[contactId].Aggregates;
                var updated = !state.HoldsAllSessionsOf(contactId)
                    ? (moved.TryGetValue(contactId, out var changed) ? changed : stored)
                    : WifiAggregates.Of(
                        state.Sessions.Where(session => session.ContactId == contactId && !writtenIds.Contains(session.Id))
                            .Concat(writtenSessions.Where(session => session.ContactId == contactId))
                            .Select(session => session.Span),
                        visitGap);
                var changes = AggregateMapping.Changes(contactId, stored, updated);
                if (!rows.TryGetValue(contactId, out var row))
                {
                    rows[contactId] = row = new Entity(Schema.Contact.Table, contactId);
                }

                foreach (var column in changes.Attributes)
                {
                    row[column.Key] = column.Value;
                }
            }

            foreach (var row in rows.Values)
            {
                row.RowVersion = state.Contacts[row.Id].RowVersion;
            }

            return rows.Values.ToList();
        }

        private static IReadOnlyDictionary<Guid, WifiAggregates> Moved(List<SessionState> writtenSessions, RecordingState state, TimeSpan visitGap, ReadAheadAggregateStore? aroundLogin)
        {
            var changes = writtenSessions
                .Where(session => !state.HoldsAllSessionsOf(session.ContactId))
                .Select(session => new SessionChange(
                    state.Sessions.Where(read => read.Id == session.Id).Select(read => new ContactSession(read.ContactId, read.Span)).FirstOrDefault(),
                    new ContactSession(session.ContactId, session.Span)))
                .ToList();
            if (changes.Count == 0)
            {
                return new Dictionary<Guid, WifiAggregates>();
            }

            var store = aroundLogin ?? throw new InvalidOperationException("Sessions read around the login need the store that read them.");
            new AggregateMaintainer(store).Apply(changes, visitGap);
            return store.Updated;
        }
    }
}
