using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The contacts guests resolve to, read and written as sets.</summary>
    public sealed class GuestContactStore
    {
        // Up to 4 values per identity in a search (email thrice, mobile): 200 identities stay under 1,000 query parameters.
        private const int IdentitiesPerQuery = 200;
        private const int KeysPerQuery = 500;

        private readonly IOrganizationService _service;

        public GuestContactStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>The contacts the identities may be: those holding one of their keys, read through the key's index;
        /// then, only for identities no contact holds yet (new guests, contacts from before the solution), those
        /// whose email columns or mobile match. Returning guests cost one query; the search (which may scan
        /// columns without an index) runs once per guest, before the key is stamped.</summary>
        public List<ContactCandidate> FindCandidates(IReadOnlyCollection<GuestIdentity> identities)
        {
            var found = new Dictionary<Guid, ContactCandidate>();
            foreach (var chunk in Chunks.Of(identities.Select(identity => identity.Key.Value).Distinct(StringComparer.OrdinalIgnoreCase), KeysPerQuery))
            {
                var byKey = new QueryExpression(Schema.Contact.Table) { ColumnSet = new ColumnSet(GuestContactMapping.CandidateColumns) };
                byKey.Criteria.AddCondition(Schema.Contact.IdentityKey, ConditionOperator.In, Chunks.Values(chunk));
                Add(found, byKey);
            }

            var held = new HashSet<string>(found.Values.Select(candidate => candidate.Key!), StringComparer.OrdinalIgnoreCase);
            foreach (var chunk in Chunks.Of(identities.Where(identity => !held.Contains(identity.Key.Value)), IdentitiesPerQuery))
            {
                Add(found, SearchQuery(chunk));
            }

            return found.Values.ToList();
        }

        public void Create(ContactState contact) => _service.Create(GuestContactMapping.ForCreate(contact));

        /// <summary>New guests' contacts with the ledger rows of the consent their first logins stated, in one transaction
        /// (<see cref="ContactConsentWrites"/>): a contact is never created without the record of its consent.</summary>
        public void CreateAll(IReadOnlyCollection<ContactState> contacts) =>
            BulkWrites.InOneTransaction(_service, ContactConsentWrites.Of(
                BulkWrites.CreateRequests(Schema.Contact.Table, contacts.Select(GuestContactMapping.ForCreate)), contacts));

        public void StampKey(Guid contactId, IdentityKey key) => _service.Update(GuestContactMapping.ForKeyStamp(contactId, key));

        public void StampKeys(IReadOnlyCollection<KeyValuePair<Guid, IdentityKey>> stamps) =>
            BulkWrites.Update(_service, Schema.Contact.Table, stamps.Select(stamp => GuestContactMapping.ForKeyStamp(stamp.Key, stamp.Value)));

        /// <summary>Takes the write lock of the contact holding the key, held to the end of the transaction, so the
        /// logins of one guest record one after the other: an update that changes nothing but the modified stamp
        /// (learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/concurrency-issues).</summary>
        public void Lock(IdentityKey key) => _service.Update(new Entity(Schema.Contact.Table, Schema.Contact.IdentityKey, key.Value));

        public void Update(Entity row) => _service.Update(row);

        private static QueryExpression SearchQuery(IReadOnlyCollection<GuestIdentity> identities)
        {
            var query = new QueryExpression(Schema.Contact.Table) { ColumnSet = new ColumnSet(GuestContactMapping.CandidateColumns) };
            var any = query.Criteria.AddFilter(LogicalOperator.Or);
            var emails = identities.Where(identity => identity.Email != null).Select(identity => identity.Email!.Value).Distinct().ToList();
            if (emails.Count > 0)
            {
                foreach (var column in new[] { Schema.Contact.Email, Schema.Contact.Email2, Schema.Contact.Email3 })
                {
                    any.AddCondition(column, ConditionOperator.In, Chunks.Values(emails));
                }
            }

            var phones = identities.Where(identity => identity.Phone != null).Select(identity => identity.Phone!.Value).Distinct().ToList();
            if (phones.Count > 0)
            {
                any.AddCondition(Schema.Contact.Mobile, ConditionOperator.In, Chunks.Values(phones));
            }

            return query;
        }

        private void Add(Dictionary<Guid, ContactCandidate> found, QueryExpression query)
        {
            foreach (var row in PagedQuery.All(_service, query))
            {
                found[row.Id] = GuestContactMapping.ToCandidate(row);
            }
        }
    }
}
