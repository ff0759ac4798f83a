using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    /// <summary>Event fields a test sets by name, typed as the custom API hands them over.</summary>
    internal sealed class EventFields : IEventFields
    {
        private readonly Dictionary<string, object?> _values = new Dictionary<string, object?>(StringComparer.Ordinal);

        public IReadOnlyList<FieldError> ShapeErrors { get; } = new FieldError[0];

        public object? this[string name]
        {
            set => _values[name] = value;
        }

        public string? ReadString(string name, ICollection<FieldError> errors) => Read<string>(name, errors);

        public DateTime? ReadDateTime(string name, ICollection<FieldError> errors) => Read<DateTime?>(name, errors);

        public bool? ReadBoolean(string name, ICollection<FieldError> errors) => Read<bool?>(name, errors);

        private T? Read<T>(string name, ICollection<FieldError> errors)
        {
            if (!_values.TryGetValue(name, out var value) || value == null)
            {
                return default;
            }

            if (value is T typed)
            {
                return typed;
            }

            errors.Add(new FieldError(WifiErrorCodes.WrongJsonType, name, "wrong type"));
            return default;
        }
    }
}
