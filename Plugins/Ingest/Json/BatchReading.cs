using System.Collections.Generic;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>Events read: either the whole text refused with one error, or one reading per event, by index.</summary>
    public sealed class BatchReading
    {
        private BatchReading(FieldError? refusal, IReadOnlyList<IndexedReading> events)
        {
            Refusal = refusal;
            Events = events;
        }

        public FieldError? Refusal { get; }

        public IReadOnlyList<IndexedReading> Events { get; }

        public static BatchReading Refused(FieldError refusal) => new BatchReading(refusal, new IndexedReading[0]);

        public static BatchReading Accepted(IReadOnlyList<IndexedReading> events) => new BatchReading(null, events);
    }
}
