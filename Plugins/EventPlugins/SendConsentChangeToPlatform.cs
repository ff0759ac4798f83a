using System;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>Asynchronous post-operation of a consent ledger row's Create, and of an Update of its delivery request
    /// time (cr_RedeliverWifiConsentChanges): posts a change made in Dynamics to the platform, signed (see ConsentDelivery).
    /// The only plug-in that calls out of Dataverse.</summary>
    public sealed class SendConsentChangeToPlatform : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            if (!call.TryGetTarget(Schema.ConsentChange.Table, out var target))
            {
                return;
            }

            // The row's status as written is in the Target: a change from the platform needs no read and no call.
            if (target.GetAttributeValue<OptionSetValue>(Schema.ConsentChange.DeliveryStatus) is OptionSetValue status && !DeliveryStatus.AwaitsDelivery(status.Value))
            {
                call.Trace.Trace("SendConsentChange: row {0} needs no delivery (status {1}).", target.Id, status.Value);
                return;
            }

            var rowId = target.Id != Guid.Empty ? target.Id : call.Context.PrimaryEntityId;
            new ConsentDelivery(call.SystemService, call.Trace).Deliver(rowId, call.Context.OperationId, DateTime.UtcNow);
        }
    }
}
