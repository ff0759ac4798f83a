using System;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>A valid login ready to record: its index in the call, the event, the contact it resolved to, and
    /// whether resolving it created that contact.</summary>
    public sealed class PendingEvent
    {
        public PendingEvent(int index, GuestEvent guest, Guid contactId, bool contactCreated)
        {
            Index = index;
            Guest = guest;
            ContactId = contactId;
            ContactCreated = contactCreated;
        }

        public int Index { get; }

        public GuestEvent Guest { get; }

        public Guid ContactId { get; }

        public bool ContactCreated { get; }
    }
}
