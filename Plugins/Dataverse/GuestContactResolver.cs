using System;
using System.ServiceModel;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Makes sure one contact holds a single login's identity key (DESIGN.md 3): found by key, else the
    /// search match stamped with the key, else a new contact created with it. Racing logins of a new guest collide on
    /// the alternate key, so at most one contact is ever created. Outside a transaction (the pre-validation step of a
    /// caller's request) the loser's failed call dooms nothing: the winner's contact is the guest's. Inside one, a
    /// failed call ends the transaction even when caught (DATAVERSE-FACTS.md 2.2), so the loser ends with WIFI_RETRY,
    /// and its retry finds the winner's contact by key.</summary>
    public sealed class GuestContactResolver
    {
        private readonly GuestContactStore _contacts;
        private readonly ITracingService _trace;

        public GuestContactResolver(GuestContactStore contacts, ITracingService trace)
        {
            _contacts = contacts;
            _trace = trace;
        }

        public void EnsureContact(GuestEvent guest, bool inTransaction, DateTime utcNow)
        {
            var resolution = IdentityResolver.Resolve(guest.Identity, _contacts.FindCandidates(new[] { guest.Identity }));
            _trace.Trace("ResolveGuest: {0}", resolution.Reason);
            if (!resolution.IsNew && !resolution.StampKey)
            {
                return;
            }

            try
            {
                if (resolution.IsNew)
                {
                    _contacts.Create(ContactState.ForNewGuest(Guid.NewGuid(), guest, utcNow));
                }
                else
                {
                    _contacts.StampKey(resolution.ContactId!.Value, guest.Identity.Key);
                }
            }
            catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault))
            {
                if (inTransaction)
                {
                    throw WifiFaults.Retry("Another login of this guest took the identity key at the same moment.");
                }

                _trace.Trace("ResolveGuest: a concurrent login gave the identity key to a contact first; that contact is the guest's.");
            }
        }
    }
}
