using System.Collections.Generic;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The outcome of reading one login event: the event, or every error that refused it.</summary>
    public sealed class EventReading
    {
        public EventReading(GuestEvent? guestEvent, IReadOnlyList<FieldError> errors)
        {
            Event = guestEvent;
            Errors = errors;
        }

        public GuestEvent? Event { get; }

        public IReadOnlyList<FieldError> Errors { get; }

        public bool IsValid => Event != null;
    }
}
