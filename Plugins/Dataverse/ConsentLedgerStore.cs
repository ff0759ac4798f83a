using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Consent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Reads and writes the consent ledger (cr_wificonsentchange). Give it a SYSTEM service: the ledger is the
    /// organisation's audit trail, written whatever the user who unsubscribed a guest may create.</summary>
    public sealed class ConsentLedgerStore
    {
        private readonly IOrganizationService _service;

        public ConsentLedgerStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>Writes the row; a change to deliver is requested for delivery at once (the asynchronous step runs on it).</summary>
        public Guid Create(ConsentChange change, DateTime utcNow)
        {
            var row = ConsentMapping.ToRow(change);
            if (DeliveryStatus.AwaitsDelivery(change.Status))
            {
                row[Schema.ConsentChange.DeliveryRequestedOn] = utcNow;
            }

            change.Id = _service.Create(row);
            return change.Id;
        }

        public ConsentChange Read(Guid id) =>
            ConsentMapping.FromRow(_service.Retrieve(Schema.ConsentChange.Table, id, new ColumnSet(ConsentMapping.LedgerColumns)));

        /// <summary>The row of an event id, if one was recorded. A query, not a Retrieve by key: a key that finds nothing
        /// is a failed call, and a failed call inside a transaction dooms it even when caught.</summary>
        public ConsentChange? FindByEventId(string eventId)
        {
            var query = new QueryExpression(Schema.ConsentChange.Table) { ColumnSet = new ColumnSet(ConsentMapping.LedgerColumns), TopCount = 1 };
            query.Criteria.AddCondition(Schema.ConsentChange.EventId, ConditionOperator.Equal, eventId);
            var rows = _service.RetrieveMultiple(query).Entities;
            return rows.Count == 0 ? null : ConsentMapping.FromRow(rows[0]);
        }

        /// <summary>Records one delivery attempt: its count, outcome and time (kept even when the step then asks for a retry:
        /// an asynchronous step has no transaction).</summary>
        public void RecordAttempt(Guid id, int attempts, int status, string? lastError, DateTime utcNow)
        {
            var row = new Entity(Schema.ConsentChange.Table, id)
            {
                [Schema.ConsentChange.Attempts] = attempts,
                [Schema.ConsentChange.DeliveryStatus] = new OptionSetValue(status),
                [Schema.ConsentChange.LastError] = lastError,
                [Schema.ConsentChange.LastAttemptOn] = utcNow,
            };
            if (status == DeliveryStatus.Delivered)
            {
                row[Schema.ConsentChange.DeliveredOn] = utcNow;
            }

            _service.Update(row);
        }

        /// <summary>Up to <paramref name="max"/> changes made in Dynamics still waiting for delivery, oldest first.</summary>
        public IReadOnlyList<ConsentChange> AwaitingDelivery(int max)
        {
            var query = new QueryExpression(Schema.ConsentChange.Table) { ColumnSet = new ColumnSet(ConsentMapping.LedgerColumns), TopCount = max };
            query.Criteria.AddCondition(Schema.ConsentChange.Source, ConditionOperator.Equal, ConsentSource.Dynamics);
            query.Criteria.AddCondition(Schema.ConsentChange.DeliveryStatus, ConditionOperator.In, DeliveryStatus.Pending, DeliveryStatus.Exhausted);
            query.AddOrder(Schema.ConsentChange.ChangedOn, OrderType.Ascending);
            query.AddOrder(Schema.ConsentChange.CreatedOn, OrderType.Ascending);
            return _service.RetrieveMultiple(query).Entities.Select(ConsentMapping.FromRow).ToList();
        }

        /// <summary>Asks for another delivery: writing the request time runs the asynchronous delivery step again.</summary>
        public void RequestDelivery(Guid id, DateTime utcNow) => _service.Update(new Entity(Schema.ConsentChange.Table, id)
        {
            [Schema.ConsentChange.DeliveryStatus] = new OptionSetValue(DeliveryStatus.Pending),
            [Schema.ConsentChange.DeliveryRequestedOn] = utcNow,
        });

        /// <summary>Erasure (DESIGN.md 4.1): the contact's rows keep only event id, time, channel, direction and outcome.</summary>
        public int ClearIdentityOf(Guid contactId)
        {
            var query = new QueryExpression(Schema.ConsentChange.Table) { ColumnSet = new ColumnSet(false) };
            query.Criteria.AddCondition(Schema.ConsentChange.Contact, ConditionOperator.Equal, contactId);
            var rows = PagedQuery.All(_service, query);
            foreach (var row in rows)
            {
                _service.Update(new Entity(Schema.ConsentChange.Table, row.Id)
                {
                    [Schema.ConsentChange.GuestId] = null,
                    [Schema.ConsentChange.IdentityKey] = null,
                    [Schema.ConsentChange.Evidence] = null,
                });
            }

            return rows.Count;
        }
    }
}
