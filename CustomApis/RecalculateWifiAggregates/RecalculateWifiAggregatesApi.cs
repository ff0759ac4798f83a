using System;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecalculateWifiAggregates
{
    /// <summary>cr_RecalculateWifiAggregates' main operation: the repair of the visit aggregates, for one contact or a page of
    /// the contacts touched since a time (for after an import with the aggregates step switched off, or a retention job).</summary>
    public sealed class RecalculateWifiAggregatesApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var request = RecalculateWifiAggregatesRequest.Read(call.Inputs);
            var repair = new AggregateRepair(call.SystemService, call.Trace);
            var page = request.ContactId.HasValue
                ? new RecalculationResult(1, repair.RecalculateContact(request.ContactId.Value) ? 1 : 0, null, false)
                : repair.RecalculateTouched(request.TouchedSince!.Value, request.ContinueAfter, request.PageSize);
            RecalculateWifiAggregatesResponse.Write(page, call.Outputs);
        }
    }
}
