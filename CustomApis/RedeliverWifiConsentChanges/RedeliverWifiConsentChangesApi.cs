using System;
using System.Linq;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RedeliverWifiConsentChanges
{
    /// <summary>cr_RedeliverWifiConsentChanges (stage 30): asks for another delivery of the changes made in Dynamics that
    /// still wait (pending or exhausted), oldest first, at most MaxRows a call (default 100, at most 500) so a call stays
    /// well inside the 2-minute limit. It calls out to nothing itself: each row it marks runs the asynchronous delivery
    /// step again, the one place that calls the platform.</summary>
    public sealed class RedeliverWifiConsentChangesApi : IPlugin
    {
        public const int DefaultRows = 100;
        public const int MostRows = 500;

        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var max = call.Inputs.TryGetValue(Schema.ConsentApis.MaxRows, out var value) && value is int given ? given : DefaultRows;
            if (max < 1 || max > MostRows)
            {
                throw WifiFaults.Rejected(new[] { new FieldError(WifiErrorCodes.OutOfRange, Schema.ConsentApis.MaxRows, "MaxRows must be from 1 to " + MostRows + ".") });
            }

            var ledger = new ConsentLedgerStore(call.SystemService);
            var waiting = ledger.AwaitingDelivery(max + 1);
            var utcNow = DateTime.UtcNow;
            foreach (var change in waiting.Take(max))
            {
                ledger.RequestDelivery(change.Id, utcNow);
            }

            var requested = Math.Min(max, waiting.Count);
            call.Trace.Trace("RedeliverWifiConsentChanges: {0} change(s) marked for delivery; more waiting: {1}.", requested, waiting.Count > max);
            call.Outputs[Schema.ConsentApis.Requested] = requested;
            call.Outputs[Schema.ConsentApis.Remaining] = waiting.Count > max;
        }
    }
}
