using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contacts touched since a time: the contact row, or one of its sessions, created or modified since then (a
    /// session imported with the aggregates step switched off touches only itself). Read a page at a time in contact id
    /// order, after the last id of the page before, so a repair that writes contacts never shifts its own pages.</summary>
    public sealed class TouchedContacts
    {
        private const string SessionAlias = "session";

        private readonly IOrganizationService _service;

        public TouchedContacts(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>Up to <paramref name="count"/> contact ids after <paramref name="after"/>, and one more when more follow.</summary>
        public IReadOnlyList<Guid> PageWithOneMore(DateTime since, Guid? after, int count)
        {
            var query = new QueryExpression(Schema.Contact.Table) { ColumnSet = new ColumnSet(Schema.Contact.PrimaryId), Distinct = true, TopCount = count + 1 };
            var sessions = query.AddLink(Schema.Visit.Table, Schema.Contact.PrimaryId, Schema.Visit.Contact, JoinOperator.LeftOuter);
            sessions.EntityAlias = SessionAlias;
            if (after.HasValue)
            {
                query.Criteria.AddCondition(Schema.Contact.PrimaryId, ConditionOperator.GreaterThan, after.Value);
            }

            var touched = query.Criteria.AddFilter(LogicalOperator.Or);
            touched.AddCondition(Schema.ContactAggregates.ModifiedOn, ConditionOperator.GreaterEqual, since);
            touched.AddCondition(SessionAlias, Schema.Visit.ModifiedOn, ConditionOperator.GreaterEqual, since);
            query.AddOrder(Schema.Contact.PrimaryId, OrderType.Ascending);

            return _service.RetrieveMultiple(query).Entities.Select(row => row.Id).ToList();
        }
    }
}
