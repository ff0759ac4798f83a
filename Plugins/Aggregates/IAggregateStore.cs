using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>What the aggregate rules read and write, as Dataverse holds it: the contact's stored aggregates and its
    /// sessions, read within the transaction that wrote them.</summary>
    public interface IAggregateStore
    {
        /// <summary>Takes the contact's write lock, held to the end of the transaction: changes of one guest's sessions
        /// then apply one after the other, each reading what the previous wrote.</summary>
        void Lock(Guid contactId);

        /// <summary>The aggregates as the contacts hold them, as they are (empty columns as empty), in one read.</summary>
        IReadOnlyDictionary<Guid, WifiAggregates> ReadStored(IReadOnlyCollection<Guid> contactIds);

        /// <summary>Every session of the contacts, in one read (a page per 5,000 rows); a contact without any has an empty list.</summary>
        IReadOnlyDictionary<Guid, IReadOnlyList<SessionSpan>> SessionsOf(IReadOnlyCollection<Guid> contactIds);

        /// <summary>The contact's sessions at the venue that overlap one of the windows (an open session as ending at its start).</summary>
        IReadOnlyList<SessionSpan> SessionsNear(Guid contactId, string venue, IReadOnlyList<TimeWindow> windows);

        DateTime? EarliestStart(Guid contactId);

        IReadOnlyList<VenueLatest> LatestStartByVenue(Guid contactId);

        IReadOnlyList<ZoneTally> ZoneTallies(Guid contactId);

        /// <summary>Writes the values that differ from <paramref name="stored"/>, and nothing when none does.</summary>
        void Write(Guid contactId, WifiAggregates stored, WifiAggregates updated);
    }
}
