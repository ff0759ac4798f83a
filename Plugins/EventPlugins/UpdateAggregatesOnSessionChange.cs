using System;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>Post-operation, synchronous, on CreateMultiple, UpdateMultiple (filtered on contact, venue, start, end and zone)
    /// and Delete of cr_wifivisit: keeps the visit aggregates of every contact the written sessions belong or belonged to
    /// exact, in the transaction that wrote them, however the sessions were written (our APIs, import, flows, the UI, a
    /// contact's cascade), except the single login recording's, which it tags and whose aggregates it writes with the same
    /// rules under the contact's lock. Runs as SYSTEM: a user who may write a session may not write contacts.</summary>
    public sealed class UpdateAggregatesOnSessionChange : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            if (call.Tag == Schema.Tags.AggregatesByRecording)
            {
                call.Trace.Trace("WiFi aggregates: the login recording writes these sessions' aggregates with its contact write; nothing to do.");
                return;
            }

            var changes = SessionChangeReader.Read(call);
            if (changes.All(change => change.Before == null && change.After == null))
            {
                call.Trace.Trace("WiFi aggregates: no session of a contact was written; nothing to do.");
                return;
            }

            var gap = new EnvironmentSettings(call.SystemService).ReadVisitGap();
            var written = new AggregateMaintainer(new AggregateStore(call.SystemService)).Apply(changes, gap);
            call.Trace.Trace("WiFi aggregates: {0} session change(s); aggregates rewritten for {1} contact(s): {2}.",
                changes.Count, written.Count, string.Join(", ", written));
        }
    }
}
