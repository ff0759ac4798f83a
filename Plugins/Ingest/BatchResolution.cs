using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Identity;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Resolves a batch's logins in order against one set of candidates read for all of them, exactly as if
    /// they came one by one: a contact planned for an earlier login (created, or stamped with its key) is what a
    /// later login finds (DESIGN.md 4: duplicates inside a batch end as if sent one by one).</summary>
    public static class BatchResolution
    {
        /// <param name="alreadyCreated">Contacts this batch created in an earlier round: still reported as created.</param>
        public static ResolvedGuests Resolve(
            IReadOnlyList<IndexedEvent> events,
            IEnumerable<ContactCandidate> candidates,
            ICollection<Guid> alreadyCreated,
            DateTime utcNow,
            Func<Guid> newId,
            Action<string> trace)
        {
            var pool = candidates.ToList();
            var resolved = new ResolvedGuests();
            var reported = new HashSet<Guid>();
            foreach (var indexed in events)
            {
                var identity = indexed.Event.Identity;
                var resolution = IdentityResolver.Resolve(identity, pool);
                trace("event " + indexed.Index + ": " + resolution.Reason);
                Guid contactId;
                if (resolution.IsNew)
                {
                    contactId = newId();
                    var contact = ContactState.ForNewGuest(contactId, indexed.Event, utcNow);
                    resolved.NewContacts.Add(contact);
                    pool.Add(new ContactCandidate(contactId, contact.IdentityKey, contact.Email, null, null, contact.Mobile, utcNow, isActive: true));
                    alreadyCreated.Add(contactId);
                }
                else
                {
                    contactId = resolution.ContactId!.Value;
                    if (resolution.StampKey)
                    {
                        Stamp(resolved, pool, contactId, identity.Key);
                    }
                }

                resolved.Add(indexed.Index, contactId, alreadyCreated.Contains(contactId) && reported.Add(contactId));
            }

            return resolved;
        }

        private static void Stamp(ResolvedGuests resolved, List<ContactCandidate> pool, Guid contactId, IdentityKey key)
        {
            pool.First(candidate => candidate.Id == contactId).HoldKey(key);
            var planned = resolved.NewContacts.FirstOrDefault(contact => contact.Id == contactId);
            if (planned != null)
            {
                planned.IdentityKey = key.Value;
            }
            else
            {
                resolved.Stamps[contactId] = key;
            }
        }
    }
}
