using System;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Identity;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>Contact Create and Update (pre-operation, sync; Update filtered on emailaddress1 and mobilephone):
    /// keeps cr_wifi_identitykey in step with the identity edited in Dynamics, in the same save, and never takes a key
    /// a committed contact holds.
    /// <para>One save can still fail, and its retry then succeeds: two saves of contacts with the same email (or, with
    /// no valid email, the same mobile) committing at the same moment both check before either commits, neither sees
    /// the other, and both set the key. The database's unique index makes the second wait for the first, then fails
    /// it with DuplicateRecordEntityKey (0x80060892, "Entity Key cr_contact_wifiidentity violated. A record with the
    /// same value for cr_wifi_identitykey already exists. ...": it names the key and its column, never the email or
    /// phone). Its retry sees the winner's key and saves without it; the key stays with the contact that first held it.
    /// Nothing this step may do closes that window: a pre-operation step runs in the save's transaction, where a failed
    /// call dooms the save even when caught, a row lock needs an existing row and no row holds a key not yet taken
    /// (DATAVERSE-FACTS.md 2.1, 2.2; Plugins/README.md, "When a contact save can fail").</para></summary>
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
