using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Visits;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contact's aggregate columns and its cr_wifivisit rows, for the aggregate rules. Sessions are read by
    /// contact and venue with start and end conditions; the tallies (latest session per venue, sessions per zone) are
    /// FetchXML aggregates, so each is one call whatever the number of sessions
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data).</summary>
    public sealed class AggregateStore : IAggregateStore
    {
        private const int IdsPerQuery = 500;

        private readonly IOrganizationService _service;

        public AggregateStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>An update that changes nothing but the modified stamp takes the row's write lock
        /// (learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/concurrency-issues).</summary>
        public void Lock(Guid contactId) => _service.Update(new Entity(Schema.Contact.Table, contactId));

        public IReadOnlyDictionary<Guid, WifiAggregates> ReadStored(IReadOnlyCollection<Guid> contactIds)
        {
            var stored = new Dictionary<Guid, WifiAggregates>();
            foreach (var chunk in Chunks.Of(contactIds, IdsPerQuery))
            {
                var query = new QueryExpression(Schema.Contact.Table) { ColumnSet = new ColumnSet(Schema.ContactAggregates.All) };
                query.Criteria.AddCondition(Schema.Contact.PrimaryId, ConditionOperator.In, Chunks.Values(chunk));
                foreach (var contact in PagedQuery.All(_service, query))
                {
                    stored[contact.Id] = AggregateMapping.FromContact(contact);
                }
            }

            return stored;
        }

        public IReadOnlyDictionary<Guid, IReadOnlyList<SessionSpan>> SessionsOf(IReadOnlyCollection<Guid> contactIds)
        {
            var sessions = contactIds.ToDictionary(id => id, _ => new List<SessionSpan>());
            foreach (var chunk in Chunks.Of(contactIds, IdsPerQuery))
            {
                var query = new QueryExpression(Schema.Visit.Table) { ColumnSet = new ColumnSet(AggregateMapping.SessionColumns) };
                query.Criteria.AddCondition(Schema.Visit.Contact, ConditionOperator.In, Chunks.Values(chunk));
                query.AddOrder(Schema.Visit.PrimaryId, OrderType.Ascending);
                foreach (var row in PagedQuery.All(_service, query))
                {
                    sessions[row.GetAttributeValue<EntityReference>(Schema.Visit.Contact).Id].Add(AggregateMapping.ToSpan(row));
                }
            }

            return sessions.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<SessionSpan>)pair.Value);
        }

        public IReadOnlyList<SessionSpan> SessionsNear(Guid contactId, string venue, IReadOnlyList<TimeWindow> windows)
        {
            var query = Sessions(contactId);
            query.Criteria.AddCondition(Schema.Visit.Venue, ConditionOperator.Equal, venue);
            var anyWindow = query.Criteria.AddFilter(LogicalOperator.Or);
            foreach (var window in windows)
            {
                AddOverlap(anyWindow.AddFilter(LogicalOperator.And), window);
            }

            return PagedQuery.All(_service, query).Select(AggregateMapping.ToSpan).ToList();
        }

        /// <summary>Conditions on cr_wifivisit, added to an And filter, that hold for the sessions overlapping the window
        /// (<see cref="TimeWindow.Overlaps"/>): starts by its end, and ends (or, when open or ending before its start,
        /// starts) after its start.</summary>
        public static void AddOverlap(FilterExpression filter, TimeWindow window)
        {
            filter.AddCondition(Schema.Visit.SessionStart, ConditionOperator.LessEqual, window.To);
            var endsAfter = filter.AddFilter(LogicalOperator.Or);
            endsAfter.AddCondition(Schema.Visit.SessionStart, ConditionOperator.GreaterEqual, window.From);
            endsAfter.AddCondition(Schema.Visit.SessionEnd, ConditionOperator.GreaterEqual, window.From);
        }

        public DateTime? EarliestStart(Guid contactId)
        {
            var query = new QueryExpression(Schema.Visit.Table) { ColumnSet = new ColumnSet(Schema.Visit.SessionStart), TopCount = 1 };
            query.Criteria.AddCondition(Schema.Visit.Contact, ConditionOperator.Equal, contactId);
            query.AddOrder(Schema.Visit.SessionStart, OrderType.Ascending);
            return _service.RetrieveMultiple(query).Entities.Select(row => row.GetAttributeValue<DateTime?>(Schema.Visit.SessionStart)).FirstOrDefault();
        }

        public IReadOnlyList<VenueLatest> LatestStartByVenue(Guid contactId) =>
            Tally(contactId, Schema.Visit.Venue, counted: false)
                .Select(row => new VenueLatest(Aliased<string>(row, "grouped") ?? string.Empty, Aliased<DateTime>(row, "latest")))
                .ToList();

        public IReadOnlyList<ZoneTally> ZoneTallies(Guid contactId) =>
            Tally(contactId, Schema.Visit.Zone, counted: true)
                .Where(row => !string.IsNullOrWhiteSpace(Aliased<string>(row, "grouped")))
                .Select(row => new ZoneTally(Aliased<string>(row, "grouped")!, Aliased<int>(row, "sessions"), Aliased<DateTime>(row, "latest")))
                .ToList();

        public void Write(Guid contactId, WifiAggregates stored, WifiAggregates updated)
        {
            var row = AggregateMapping.Changes(contactId, stored, updated);
            if (row.Attributes.Count > 0)
            {
                _service.Update(row);
            }
        }

        private static QueryExpression Sessions(Guid contactId)
        {
            var query = new QueryExpression(Schema.Visit.Table) { ColumnSet = new ColumnSet(AggregateMapping.SessionColumns) };
            query.Criteria.AddCondition(Schema.Visit.Contact, ConditionOperator.Equal, contactId);
            query.AddOrder(Schema.Visit.PrimaryId, OrderType.Ascending);
            return query;
        }

        private IEnumerable<Entity> Tally(Guid contactId, string groupedBy, bool counted)
        {
            var fetch = string.Format(
                CultureInfo.InvariantCulture,
                "<fetch aggregate=\"true\"><entity name=\"{0}\"><attribute name=\"{1}\" groupby=\"true\" alias=\"grouped\" />{2}" +
                "<attribute name=\"{3}\" aggregate=\"max\" alias=\"latest\" /><filter><condition attribute=\"{4}\" operator=\"eq\" value=\"{5}\" />" +
                "</filter></entity></fetch>",
                Schema.Visit.Table,
                groupedBy,
                counted ? "<attribute name=\"" + Schema.Visit.PrimaryId + "\" aggregate=\"count\" alias=\"sessions\" />" : string.Empty,
                Schema.Visit.SessionStart,
                Schema.Visit.Contact,
                contactId.ToString("D"));
            return _service.RetrieveMultiple(new FetchExpression(fetch)).Entities;
        }

        private static T Aliased<T>(Entity row, string alias) =>
            row.GetAttributeValue<AliasedValue>(alias)?.Value is T value ? value : default!;
    }
}
