using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The raw fields of one login event, from the custom API's typed parameters or from one JSON object of
    /// a batch. Each read returns null when the field is absent (or null) and adds an error when it holds the wrong
    /// kind of value.</summary>
    public interface IEventFields
    {
        /// <summary>Errors of the event's shape, before any field is read: unknown or repeated names (batch only).</summary>
        IReadOnlyList<FieldError> ShapeErrors { get; }

        string? ReadString(string name, ICollection<FieldError> errors);

        /// <summary>A date-time in UTC.</summary>
        DateTime? ReadDateTime(string name, ICollection<FieldError> errors);

        bool? ReadBoolean(string name, ICollection<FieldError> errors);
    }
}
