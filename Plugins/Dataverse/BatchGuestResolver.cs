using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Resolves every login of a batch with set-based reads and bulk writes, in the asynchronous step where
    /// no transaction spans the calls (DATAVERSE-FACTS.md 2.1): candidates for all identities in one read, new contacts
    /// in one CreateMultiple, stamps in one UpdateMultiple. A lost key race (another batch or a single login created
    /// the same guest meanwhile) fails only that write, which wrote nothing (bulk writes are all or nothing on standard
    /// tables); the next round reads again and finds the winner's contact for those logins.</summary>
    public sealed class BatchGuestResolver
    {
        public const int MaxRounds = 3;

        private readonly GuestContactStore _contacts;
        private readonly ITracingService _trace;

        public BatchGuestResolver(GuestContactStore contacts, ITracingService trace)
        {
            _contacts = contacts;
            _trace = trace;
        }

        public ResolvedGuests Resolve(IReadOnlyList<IndexedEvent> events, DateTime utcNow)
        {
            var identities = events.Select(indexed => indexed.Event.Identity).ToList();
            var created = new HashSet<Guid>();
            for (var round = 1; ; round++)
            {
                var resolved = BatchResolution.Resolve(events, _contacts.FindCandidates(identities), created, utcNow, Guid.NewGuid, line => _trace.Trace("RecordBatch: {0}", line));
                if (!resolved.HasWrites)
                {
                    return resolved;
                }

                try
                {
                    _contacts.CreateAll(resolved.NewContacts);
                    _contacts.StampKeys(resolved.Stamps.ToList());
                    return resolved;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault) && round < MaxRounds)
                {
                    foreach (var contact in resolved.NewContacts)
                    {
                        created.Remove(contact.Id);
                    }

                    _trace.Trace("RecordBatch: round {0}: another login took an identity key first; reading the contacts again.", round);
                }
            }
        }
    }
}
