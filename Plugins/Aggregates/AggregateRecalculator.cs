using System;
using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>The repair: recomputes contacts' aggregates from all the sessions they hold, under each contact's lock, and
    /// writes those that differ. What cr_RecalculateWifiAggregates and the workflow activity both run; the same rules as
    /// <see cref="AggregateMaintainer"/>, applied from scratch.</summary>
    public sealed class AggregateRecalculator
    {
        private readonly IAggregateStore _store;

        public AggregateRecalculator(IAggregateStore store)
        {
            _store = store;
        }

        /// <summary>True when the contact's stored aggregates were wrong and have been rewritten.</summary>
        public bool Recalculate(Guid contactId, TimeSpan gap)
        {
            _store.Lock(contactId);
            var ids = new[] { contactId };
            var stored = _store.ReadStored(ids)[contactId];
            var exact = WifiAggregates.Of(_store.SessionsOf(ids)[contactId], gap);
            if (exact.Equals(stored))
            {
                return false;
            }

            _store.Write(contactId, stored, exact);
            return true;
        }

        /// <summary>Recalculates the contacts in order while <paramref name="mayContinue"/> allows (the caller's time budget),
        /// and returns how far it got.</summary>
        public RecalculationResult RecalculateAll(IReadOnlyList<Guid> contactIds, TimeSpan gap, Func<bool> mayContinue)
        {
            var done = 0;
            var changed = 0;
            Guid? last = null;
            foreach (var contactId in contactIds)
            {
                if (done > 0 && !mayContinue())
                {
                    break;
                }

                changed += Recalculate(contactId, gap) ? 1 : 0;
                done++;
                last = contactId;
            }

            return new RecalculationResult(done, changed, last, done < contactIds.Count);
        }
    }
}
