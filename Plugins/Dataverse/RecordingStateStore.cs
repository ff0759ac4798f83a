using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Reads what the recorder decides on: the contacts with every session they hold, joined, in one query
    /// (one call per 5,000 rows) addressed by the key's or the primary key's index.</summary>
    public sealed class RecordingStateStore
    {
        private const string SessionAlias = "session";
        private const int RowsPerQuery = 500;

        private readonly IOrganizationService _service;

        public RecordingStateStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>The contact holding the key, with its sessions (the single API reads it right after taking its
        /// lock). A session id held by another contact is not read: its create then fails on the session key.</summary>
        public RecordingState ReadForKey(IdentityKey key)
        {
            var rows = PagedQuery.All(_service, ContactsWithSessions(new ConditionExpression(Schema.Contact.IdentityKey, ConditionOperator.Equal, key.Value)));
            return new RecordingState(Contacts(rows), Sessions(rows));
        }

        /// <summary>The contacts with their sessions, and any session stored under one of the session ids for another
        /// contact (a bulk write must not meet a conflict it could have known).</summary>
        public RecordingState ReadForContacts(IReadOnlyCollection<Guid> contactIds, IReadOnlyCollection<string> sessionIds)
        {
            var rows = new List<Entity>();
            foreach (var chunk in Chunks.Of(contactIds.Distinct(), RowsPerQuery))
            {
                rows.AddRange(PagedQuery.All(_service, ContactsWithSessions(new ConditionExpression(Schema.Contact.PrimaryId, ConditionOperator.In, Chunks.Values(chunk)))));
            }

            var sessions = Sessions(rows);
            foreach (var chunk in Chunks.Of(sessionIds.Distinct(StringComparer.OrdinalIgnoreCase), RowsPerQuery))
            {
                var byId = new QueryExpression(Schema.Visit.Table) { ColumnSet = new ColumnSet(VisitMapping.Columns) };
                byId.Criteria.AddCondition(Schema.Visit.SessionId, ConditionOperator.In, Chunks.Values(chunk));
                sessions.AddRange(PagedQuery.All(_service, byId).Select(VisitMapping.FromRow));
            }

            return new RecordingState(Contacts(rows), sessions);
        }

        private static QueryExpression ContactsWithSessions(ConditionExpression contacts)
        {
            var query = new QueryExpression(Schema.Contact.Table) { ColumnSet = GuestContactMapping.StateColumnSet() };
            query.Criteria.AddCondition(contacts);
            var link = query.AddLink(Schema.Visit.Table, Schema.Contact.PrimaryId, Schema.Visit.Contact, JoinOperator.LeftOuter);
            link.EntityAlias = SessionAlias;
            link.Columns = new ColumnSet(VisitMapping.Columns);
            link.Orders.Add(new OrderExpression(Schema.Visit.PrimaryId, OrderType.Ascending));
            query.AddOrder(Schema.Contact.PrimaryId, OrderType.Ascending);
            return query;
        }

        private static List<ContactState> Contacts(IEnumerable<Entity> rows) =>
            rows.GroupBy(row => row.Id).Select(group => GuestContactMapping.ToState(group.First())).ToList();

        private static List<SessionState> Sessions(IEnumerable<Entity> rows) =>
            rows.Select(row => VisitMapping.FromAliased(row, SessionAlias)).Where(session => session != null).Select(session => session!).ToList();
    }
}
