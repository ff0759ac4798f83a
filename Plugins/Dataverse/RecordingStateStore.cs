using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Reads what the recorder decides on, in one query (one call per 5,000 rows): the contacts with every
    /// session they hold, joined, plus the rows of any contact that holds one of the calls' session ids.</summary>
    public sealed class RecordingStateStore
    {
        private const string SessionAlias = "session";
        private const int ContactsPerQuery = 200;

        private readonly IOrganizationService _service;

        public RecordingStateStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>The contact holding the key (the single API reads it right after taking its lock).</summary>
        public RecordingState ReadForKey(IdentityKey key, string sessionId) =>
            Read(new ConditionExpression(Schema.Contact.IdentityKey, ConditionOperator.Equal, key.Value), new[] { sessionId });

        public RecordingState ReadForContacts(IReadOnlyCollection<Guid> contactIds, IReadOnlyCollection<string> sessionIds)
        {
            var contacts = new List<ContactState>();
            var sessions = new List<SessionState>();
            var sessionChunks = Chunks.Of(sessionIds.Distinct(StringComparer.OrdinalIgnoreCase), ContactsPerQuery).ToList();
            var contactChunks = Chunks.Of(contactIds.Distinct(), ContactsPerQuery).ToList();
            for (var i = 0; i < Math.Max(sessionChunks.Count, contactChunks.Count); i++)
            {
                var ids = i < contactChunks.Count ? contactChunks[i] : new List<Guid>();
                var state = Read(
                    ids.Count == 0 ? null : new ConditionExpression(Schema.Contact.PrimaryId, ConditionOperator.In, Chunks.Values(ids)),
                    i < sessionChunks.Count ? sessionChunks[i] : new List<string>());
                contacts.AddRange(state.Contacts.Values);
                sessions.AddRange(state.Sessions);
            }

            return new RecordingState(contacts, sessions);
        }

        private RecordingState Read(ConditionExpression? contactCondition, IReadOnlyCollection<string> sessionIds)
        {
            var query = new QueryExpression(Schema.Contact.Table) { ColumnSet = GuestContactMapping.StateColumnSet() };
            var link = query.AddLink(Schema.Visit.Table, Schema.Contact.PrimaryId, Schema.Visit.Contact, JoinOperator.LeftOuter);
            link.EntityAlias = SessionAlias;
            link.Columns = new ColumnSet(VisitMapping.Columns);
            link.Orders.Add(new OrderExpression(Schema.Visit.PrimaryId, OrderType.Ascending));
            query.AddOrder(Schema.Contact.PrimaryId, OrderType.Ascending);

            var any = query.Criteria.AddFilter(LogicalOperator.Or);
            if (contactCondition != null)
            {
                any.AddCondition(contactCondition);
            }

            if (sessionIds.Count > 0)
            {
                any.AddCondition(new ConditionExpression(SessionAlias, Schema.Visit.SessionId, ConditionOperator.In, Chunks.Values(sessionIds)));
            }

            var rows = any.Conditions.Count == 0 ? new List<Entity>() : PagedQuery.All(_service, query);
            var contacts = rows.GroupBy(row => row.Id).Select(group => GuestContactMapping.ToState(group.First()));
            var sessions = rows.Select(row => VisitMapping.FromAliased(row, SessionAlias)).Where(session => session != null).Select(session => session!);
            return new RecordingState(contacts.ToList(), sessions.ToList());
        }
    }
}
