using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>Keeps a contact's aggregates exact as its sessions are written, inside the transaction that writes them:
    /// the contact is locked first, then only the visits around the changed sessions are read and the stored values moved
    /// by the difference. A value that cannot be moved that way (the first or latest visit, or the preferred zone, when the
    /// change takes it away) is read with one aggregate query; a contact whose stored values are missing or inconsistent
    /// is recomputed from all its sessions, like the repair does.</summary>
    public sealed class AggregateMaintainer
    {
        private readonly IAggregateStore _store;

        public AggregateMaintainer(IAggregateStore store)
        {
            _store = store;
        }

        /// <summary>Applies the changes to every contact they touch: all locked first, in one order (no deadlock between two
        /// moves in opposite directions), then the stored values and any full recomputation read as sets, so a bulk write of
        /// sessions for many guests costs per guest only its lock, its neighbourhood and its write. Returns the contacts
        /// whose aggregates were written.</summary>
        public IReadOnlyList<Guid> Apply(IReadOnlyList<SessionChange> changes, TimeSpan gap)
        {
            var changed = new HashSet<Guid>(changes.SelectMany(change => new[] { change.Before, change.After }).Where(session => session != null).Select(session => session!.Span.Id));
            var contacts = changes
                .SelectMany(change => new[] { change.Before?.ContactId, change.After?.ContactId })
                .Where(id => id.HasValue && id.Value != Guid.Empty)
                .Select(id => id!.Value)
                .Distinct()
                .OrderBy(id => id)
                .ToList();
            foreach (var contactId in contacts)
            {
                _store.Lock(contactId);
            }

            var stored = contacts.Count > 0 ? _store.ReadStored(contacts) : new Dictionary<Guid, WifiAggregates>();
            var updated = new Dictionary<Guid, WifiAggregates>();
            foreach (var contactId in contacts.Where(id => stored[id].IsComplete))
            {
                var moved = Moved(contactId, stored[contactId], Of(changes.Select(change => change.Before), contactId), Of(changes.Select(change => change.After), contactId), changed, gap);
                if (moved != null)
                {
                    updated[contactId] = moved;
                }
            }

            var recompute = contacts.Where(id => !updated.ContainsKey(id)).ToList();
            if (recompute.Count > 0)
            {
                foreach (var sessions in _store.SessionsOf(recompute))
                {
                    updated[sessions.Key] = WifiAggregates.Of(sessions.Value, gap);
                }
            }

            var written = new List<Guid>();
            foreach (var contactId in contacts.Where(id => !updated[id].Equals(stored[id])))
            {
                _store.Write(contactId, stored[contactId], updated[contactId]);
                written.Add(contactId);
            }

            return written;
        }

        /// <summary>The stored values moved by the change; null when they are inconsistent with it (then recomputed).</summary>
        private WifiAggregates? Moved(Guid contactId, WifiAggregates stored, List<SessionSpan> before, List<SessionSpan> after, ISet<Guid> changed, TimeSpan gap)
        {
            var sessions = stored.SessionCount!.Value + after.Count - before.Count;
            if (sessions <= 0)
            {
                return sessions == 0 ? WifiAggregates.None : null;
            }

            var visits = stored.VisitCount!.Value;
            var dwell = stored.TotalDwell!.Value;
            var beforeStarts = new List<DateTime>();
            var afterStarts = new List<DateTime>();
            foreach (var venue in before.Concat(after).Select(session => session.Venue).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var around = VisitNeighbourhood.Read(_store, contactId, venue, AtVenue(before, venue), AtVenue(after, venue), changed, gap);
                visits += around.VisitDelta;
                dwell += around.DwellDelta;
                beforeStarts.AddRange(around.Before.Visits.Select(visit => visit.Start));
                afterStarts.AddRange(around.After.Visits.Select(visit => visit.Start));
            }

            if (visits <= 0 || dwell < 0)
            {
                return null;
            }

            var first = FirstVisit(contactId, stored.FirstVisit!.Value, beforeStarts, afterStarts);
            var last = LastVisit(contactId, stored.LastVisit!.Value, beforeStarts, afterStarts, gap);
            var zone = ZoneMayChange(stored.ZonePreference, before, after) ? ZonePreference.Of(_store.ZoneTallies(contactId)) : stored.ZonePreference;
            return WifiAggregates.Holding(visits, sessions, dwell, first, last, zone);
        }

        // The earliest visit starts at the earliest session: kept unless the change took it away and gave nothing as early.
        private DateTime FirstVisit(Guid contactId, DateTime stored, List<DateTime> before, List<DateTime> after)
        {
            var afterMin = after.Count > 0 ? after.Min() : (DateTime?)null;
            if (before.Count == 0 || stored < before.Min() || (afterMin.HasValue && afterMin.Value <= stored))
            {
                return afterMin.HasValue && afterMin.Value < stored ? afterMin.Value : stored;
            }

            return _store.EarliestStart(contactId) ?? stored;
        }

        // The latest visit: kept unless the change took it away (or moved its start earlier) and left no visit as late.
        private DateTime LastVisit(Guid contactId, DateTime stored, List<DateTime> before, List<DateTime> after, TimeSpan gap)
        {
            var afterMax = after.Count > 0 ? after.Max() : (DateTime?)null;
            if (before.Count == 0 || stored > before.Max() || (afterMax.HasValue && afterMax.Value >= stored))
            {
                return afterMax.HasValue && afterMax.Value > stored ? afterMax.Value : stored;
            }

            return LatestVisitStart(contactId, gap);
        }

        // The latest visit at a venue holds its latest session; venues are taken latest first, and one whose latest session
        // starts before the best visit found cannot hold a later visit.
        private DateTime LatestVisitStart(Guid contactId, TimeSpan gap)
        {
            DateTime? best = null;
            foreach (var venue in _store.LatestStartByVenue(contactId).OrderByDescending(venue => venue.LatestStart))
            {
                if (best.HasValue && venue.LatestStart <= best.Value)
                {
                    break;
                }

                var latest = new SessionSpan(Guid.Empty, venue.Venue, venue.LatestStart, null);
                var around = VisitNeighbourhood.Read(_store, contactId, venue.Venue, new[] { latest }, new[] { latest }, new HashSet<Guid>(), gap);
                var start = around.After.Visits.Where(visit => visit.Sessions.Any(session => session.Start == venue.LatestStart)).Min(visit => visit.Start);
                best = best.HasValue && best.Value >= start ? best : start;
            }

            return best ?? throw new InvalidOperationException("A contact holding sessions has no latest session.");
        }

        // Adding sessions of the preferred zone keeps it preferred; any other change of zones, counts or recency re-reads the tally.
        private static bool ZoneMayChange(string? preferred, List<SessionSpan> before, List<SessionSpan> after)
        {
            var zonesAdded = after.Where(session => session.Zone != null && !before.Any(old => old.Id == session.Id && SameZoneAndStart(old, session)));
            var zonesRemoved = before.Where(session => session.Zone != null && !after.Any(now => now.Id == session.Id && SameZoneAndStart(session, now)));
            return zonesRemoved.Any() || zonesAdded.Any(session => preferred == null || !string.Equals(session.Zone, preferred, StringComparison.OrdinalIgnoreCase));
        }

        private static bool SameZoneAndStart(SessionSpan old, SessionSpan now) =>
            string.Equals(old.Zone, now.Zone, StringComparison.OrdinalIgnoreCase) && old.Start == now.Start;

        private static List<SessionSpan> Of(IEnumerable<ContactSession?> sessions, Guid contactId) =>
            sessions.Where(session => session != null && session.ContactId == contactId).Select(session => session!.Span).ToList();

        private static List<SessionSpan> AtVenue(List<SessionSpan> sessions, string venue) =>
            sessions.Where(session => string.Equals(session.Venue, venue, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
