using System;
using System.Linq;
using DynamicsWifi.Plugins.Consent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contact a consent statement is about, and the write that applies it.</summary>
    public sealed class ConsentContactStore
    {
        private readonly IOrganizationService _service;

        public ConsentContactStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>The active contact with the guest id, else the one holding the identity key; null when none does. One query.</summary>
        public Entity? Find(string? guestId, string? identityKey)
        {
            var query = new QueryExpression(Schema.Contact.Table)
            {
                ColumnSet = new ColumnSet(ConsentMapping.ContactColumns.Concat(new[] { Schema.Contact.GuestId, Schema.Contact.IdentityKey }).ToArray()),
            };
            query.Criteria.AddCondition(Schema.Contact.State, ConditionOperator.Equal, Schema.Contact.Active);
            var either = query.Criteria.AddFilter(LogicalOperator.Or);
            if (guestId != null)
            {
                either.AddCondition(Schema.Contact.GuestId, ConditionOperator.Equal, guestId);
            }

            if (identityKey != null)
            {
                either.AddCondition(Schema.Contact.IdentityKey, ConditionOperator.Equal, identityKey);
            }

            query.AddOrder(Schema.Contact.CreatedOn, OrderType.Ascending);
            var rows = _service.RetrieveMultiple(query).Entities;
            return rows.FirstOrDefault(row => guestId != null && string.Equals(row.GetAttributeValue<string>(Schema.Contact.GuestId), guestId, StringComparison.OrdinalIgnoreCase))
                ?? rows.FirstOrDefault();
        }

        /// <summary>Applies the statement (DESIGN.md 4.1: email consent is donotbulkemail only; donotemail is a person's
        /// decision in Dynamics), tagged so the contact's consent step leaves the ledger row to the caller.</summary>
        public void Apply(Guid contactId, ConsentStatement statement)
        {
            var contact = new Entity(Schema.Contact.Table, contactId)
            {
                [statement.Channel == ConsentChannel.Phone ? Schema.Contact.DoNotPhone : Schema.Contact.DoNotBulkEmail] = !statement.Granted,
                [Schema.Contact.ConsentDate] = statement.StatedOn,
            };
            _service.Execute(new Microsoft.Xrm.Sdk.Messages.UpdateRequest { Target = contact, [Schema.Tags.Tag] = Schema.Tags.ConsentFromPlatform });
        }
    }
}
