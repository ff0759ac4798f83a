using System;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>Records each consent change of a contact in the ledger, in the save's transaction (see
    /// ContactConsentRecorder): pre-operation of an Update touching donotemail, donotbulkemail, donotphone or
    /// cr_consent_wifi_date, where it can also keep an older platform statement out of the save; post-operation of a
    /// Create, where the new contact's id is known.</summary>
    public sealed class RecordConsentChangeOnContactChange : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            if (!call.TryGetTarget(Schema.Contact.Table, out var target))
            {
                return;
            }

            var recorder = new ContactConsentRecorder(new ConsentLedgerStore(call.SystemService), call.Trace);
            if (call.Context.MessageName == "Create")
            {
                recorder.ApplyCreate(call.Context.PrimaryEntityId, target, call.Tag, call.Context.UserId, DateTime.UtcNow);
                return;
            }

            recorder.ApplyUpdate(target, call.RequirePreImage(Schema.Images.PreImage), call.Tag, call.Context.UserId, DateTime.UtcNow);
        }
    }
}
