using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Visits;
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

        /// <summary>What the single API decides on, read right after it took the contact's lock: the contact holding the
        /// key with the sessions around the login, in one query (the session under the login's id, wherever it is, and
        /// the sessions at its venue within two visit gaps of it), whatever the number of sessions the contact holds.
        /// When those are whole visits and the contact's stored aggregates count the rest, that is all; otherwise (a
        /// visit reaching past what was read, aggregates never computed or not matching, a contact from before the
        /// solution) every session of the contact is read. A session id held by another contact is not read: its
        /// create then fails on the session key.</summary>
        /// <param name="createdForThisLogin">Whether a contact holding no aggregates was created by the pre-validation
        /// step for this login (then it holds no session, and none is read).</param>
        public LoginReading ReadAroundLogin(IdentityKey key, GuestEvent guest, TimeSpan visitGap, Func<ContactState, bool> createdForThisLogin)
        {
            var reach = TimeWindow.Around(guest.SessionStart, guest.SessionEnd > guest.SessionStart ? guest.SessionEnd.Value : guest.SessionStart, visitGap + visitGap);
            var query = ContactsWithSessions(new ConditionExpression(Schema.Contact.IdentityKey, ConditionOperator.Equal, key.Value));
            var around = query.LinkEntities[0].LinkCriteria;
            around.FilterOperator = LogicalOperator.Or;
            around.AddCondition(Schema.Visit.SessionId, ConditionOperator.Equal, guest.SessionId);
            var nearby = around.AddFilter(LogicalOperator.And);
            nearby.AddCondition(Schema.Visit.Venue, ConditionOperator.Equal, guest.Venue);
            AggregateStore.AddOverlap(nearby, reach);
            var rows = PagedQuery.All(_service, query);
            var contact = Contacts(rows).SingleOrDefault();
            var sessions = Sessions(rows);
            if (contact == null)
            {
                return new LoginReading(new RecordingState(Array.Empty<ContactState>(), sessions), null);
            }

            var stored = contact.Aggregates;
            if (!stored.IsComplete)
            {
                return stored.Equals(WifiAggregates.None) && sessions.Count == 0 && createdForThisLogin(contact)
                    ? new LoginReading(new RecordingState(new[] { contact }, sessions), null)
                    : ReadAllOf(key);
            }

            var aggregates = new ReadAheadAggregateStore(new AggregateStore(_service), new Dictionary<Guid, WifiAggregates> { [contact.Id] = stored });
            aggregates.Remember(contact.Id, guest.Venue, new[] { reach }, sessions.Where(session => string.Equals(session.Venue, guest.Venue, StringComparison.OrdinalIgnoreCase)).Select(session => session.Span));
            return IsWholeVisits(aggregates, contact, sessions, guest, visitGap)
                ? new LoginReading(new RecordingState(new[] { contact }, sessions, readAroundEvents: new[] { contact.Id }), aggregates)
                : ReadAllOf(key);
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

        private LoginReading ReadAllOf(IdentityKey key)
        {
            var rows = PagedQuery.All(_service, ContactsWithSessions(new ConditionExpression(Schema.Contact.IdentityKey, ConditionOperator.Equal, key.Value)));
            return new LoginReading(new RecordingState(Contacts(rows), Sessions(rows)), null);
        }

        // The sessions read are whole visits when the login's visit, as it was and as it will be, lies inside what was read
        // (the same widening the aggregate rules do, made on what was read), and the stored aggregates count at least them.
        private static bool IsWholeVisits(ReadAheadAggregateStore aggregates, ContactState contact, IReadOnlyList<SessionState> sessions, GuestEvent guest, TimeSpan visitGap)
        {
            var known = sessions.FirstOrDefault(session => string.Equals(session.SessionId, guest.SessionId, StringComparison.OrdinalIgnoreCase));
            var before = known == null ? Array.Empty<SessionSpan>() : new[] { known.Span };
            var after = known == null
                ? new SessionSpan(Guid.NewGuid(), guest.Venue, guest.SessionStart, guest.SessionEnd, guest.Zone)
                : new SessionSpan(known.Id, known.Venue, known.Start, guest.SessionEnd > known.End || !known.End.HasValue ? guest.SessionEnd : known.End, known.Zone);
            VisitNeighbourhood.Read(aggregates, contact.Id, after.Venue, before, new[] { after }, new HashSet<Guid> { after.Id }, visitGap);
            return !aggregates.ReadThrough && UnreadVisits.CountBeyond(contact.Aggregates, sessions.Select(session => session.Span).ToList(), visitGap).HasValue;
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
