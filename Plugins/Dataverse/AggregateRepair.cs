using System;
using System.Diagnostics;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>What cr_RecalculateWifiAggregates and the "Recalculate WiFi aggregates" workflow activity both do: recompute
    /// one contact, or a page of the contacts touched since a time, from the sessions Dataverse holds. A page stops early
    /// when the call has run for <see cref="TimeBudget"/>, well inside the two minutes a plug-in may run (DESIGN.md 7), and
    /// says where to continue.</summary>
    public sealed class AggregateRepair
    {
        public const int DefaultPageSize = 250;
        public const int MaxPageSize = 5000;
        public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);

        private readonly IOrganizationService _service;
        private readonly ITracingService _trace;

        /// <param name="service">A SYSTEM service: the repair must see and write every contact and session.</param>
        public AggregateRepair(IOrganizationService service, ITracingService trace)
        {
            _service = service;
            _trace = trace;
        }

        public bool RecalculateContact(Guid contactId)
        {
            var changed = new AggregateRecalculator(new AggregateStore(_service)).Recalculate(contactId, VisitGap());
            _trace.Trace("WiFi aggregates repair: contact {0} {1}.", contactId, changed ? "corrected" : "already exact");
            return changed;
        }

        public RecalculationResult RecalculateTouched(DateTime since, Guid? after, int pageSize)
        {
            var clock = Stopwatch.StartNew();
            var ids = new TouchedContacts(_service).PageWithOneMore(since, after, pageSize);
            var more = ids.Count > pageSize;
            var result = new AggregateRecalculator(new AggregateStore(_service)).RecalculateAll(ids.Take(pageSize).ToList(), VisitGap(), () => clock.Elapsed < TimeBudget);
            _trace.Trace("WiFi aggregates repair: {0} contact(s) recalculated, {1} corrected, in {2} ms{3}.",
                result.Recalculated, result.Changed, clock.ElapsedMilliseconds, result.MoreRemain ? " (time budget reached)" : string.Empty);
            return new RecalculationResult(result.Recalculated, result.Changed, result.ContinueAfter ?? after, more || result.MoreRemain);
        }

        private TimeSpan VisitGap() => new EnvironmentSettings(_service).ReadVisitGap();
    }
}
