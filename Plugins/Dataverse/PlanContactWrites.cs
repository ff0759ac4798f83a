using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contact rows a recording plan writes, one per contact: the profile and consent fields that changed
    /// and, for every contact whose sessions the plan writes, the visit aggregates (WifiAggregates.Of, the rules the
    /// aggregates step and the repair use) over the sessions read with the contact plus the plan's, against the values
    /// the contact holds. The recording's session writes are tagged so the aggregates step leaves them to this. Each row
    /// carries the version the contact was read at, for the batch's optimistic write; a contact whose sessions are
    /// written gets a row even when no value changes (the batch writes it anyway, so a concurrent batch that read the
    /// sessions before sees the version change; the single API holds the lock and skips it).</summary>
    public static class PlanContactWrites
    {
        public static IReadOnlyList<Entity> Of(RecordingPlan plan, RecordingState state, TimeSpan visitGap)
        {
            var rows = plan.ContactUpdates.ToDictionary(update => update.Contact.Id, GuestContactMapping.ForUpdate);
            var writtenSessions = plan.NewSessions.Concat(plan.EndedSessions).ToList();
            var writtenIds = new HashSet<Guid>(writtenSessions.Select(session => session.Id));
            foreach (var contactId in writtenSessions.Select(session => session.ContactId).Distinct())
            {
                var sessions = state.Sessions.Where(session => session.ContactId == contactId && !writtenIds.Contains(session.Id))
                    .Concat(writtenSessions.Where(session => session.ContactId == contactId))
                    .Select(session => session.Span);
                var changes = AggregateMapping.Changes(contactId, state.Contacts[contactId].Aggregates, WifiAggregates.Of(sessions, visitGap));
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
    }
}
