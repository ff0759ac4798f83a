using System;
using DynamicsWifi.Plugins.Identity;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contacts the plug-ins read and write, over the organization service.</summary>
    public sealed class ContactStore : IContactStore
    {
        private readonly IOrganizationService _service;

        public ContactStore(IOrganizationService service)
        {
            _service = service;
        }

        public Guid? FindContactIdByIdentityKey(IdentityKey key, Guid excludedContactId)
        {
            // A query, not a Retrieve by alternate key: a Retrieve that finds nothing fails, and inside a plug-in a
            // failed call dooms the whole transaction even when caught (DATAVERSE-FACTS.md 2.2).
            var query = new QueryExpression(Schema.Contact.Table)
            {
                ColumnSet = new ColumnSet(Schema.Contact.PrimaryId),
                TopCount = 1,
            };
            query.Criteria.AddCondition(Schema.Contact.IdentityKey, ConditionOperator.Equal, key.Value);
            query.Criteria.AddCondition(Schema.Contact.PrimaryId, ConditionOperator.NotEqual, excludedContactId);

            var found = _service.RetrieveMultiple(query).Entities;
            return found.Count == 0 ? (Guid?)null : found[0].Id;
        }
    }
}
