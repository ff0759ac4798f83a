using System;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>A session row as the aggregates see it: the contact it belongs to and its span.</summary>
    public sealed class ContactSession
    {
        public ContactSession(Guid contactId, SessionSpan span)
        {
            ContactId = contactId;
            Span = span;
        }

        public Guid ContactId { get; }

        public SessionSpan Span { get; }
    }
}
