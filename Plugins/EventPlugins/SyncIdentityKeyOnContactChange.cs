using System;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Identity;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>Contact Create and Update (pre-operation, sync; Update filtered on emailaddress1 and mobilephone):
    /// keeps cr_wifi_identitykey in step with the identity edited in Dynamics, in the same save.</summary>
    public sealed class SyncIdentityKeyOnContactChange : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            if (!call.TryGetTarget(Schema.Contact.Table, out var target))
            {
                return;
            }

            var preImage = call.Context.MessageName == "Update" ? call.RequirePreImage(Schema.Images.PreImage) : null;
            var contactId = target.Id != Guid.Empty ? target.Id : call.Context.PrimaryEntityId;
            var change = ContactMapping.ToIdentityChange(contactId, target, preImage);
            var updater = new IdentityKeyUpdater(new ContactStore(call.SystemService), new EnvironmentSettings(call.SystemService));

            var decision = updater.Decide(change);

            ContactMapping.ApplyIdentityKey(target, decision);
            call.Trace.Trace("SyncIdentityKeyOnContactChange: contact {0}: {1}", contactId, decision.Reason);
        }
    }
}
