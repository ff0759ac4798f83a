using System;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>Pre-operation of a contact's Delete (erasure, DESIGN.md 4.1): clears the guest id, identity key and
    /// evidence on the contact's consent ledger rows in the delete's transaction; the relationship's RemoveLink then
    /// drops the link, and the rows keep only event id, time, channel, direction and outcome.</summary>
    public sealed class ClearConsentIdentityOnContactDelete : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            if (!(call.Inputs.TryGetValue("Target", out var target) && target is EntityReference contact) || contact.LogicalName != Schema.Contact.Table)
            {
                return;
            }

            var cleared = new ConsentLedgerStore(call.SystemService).ClearIdentityOf(contact.Id);
            call.Trace.Trace("ClearConsentIdentity: contact {0}: identity cleared on {1} consent ledger row(s).", contact.Id, cleared);
        }
    }
}
