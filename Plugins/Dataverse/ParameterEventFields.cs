using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The custom API's request parameters as <see cref="IEventFields"/>. Dataverse checks the declared types
    /// before any plug-in runs; a value of another type is still reported, never cast blindly.</summary>
    public sealed class ParameterEventFields : IEventFields
    {
        private static readonly IReadOnlyList<FieldError> NoErrors = new FieldError[0];

        private readonly ParameterCollection _inputs;

        public ParameterEventFields(ParameterCollection inputs)
        {
            _inputs = inputs;
        }

        public IReadOnlyList<FieldError> ShapeErrors => NoErrors;

        public string? ReadString(string name, ICollection<FieldError> errors) => Read<string>(name, "a string", errors);

        public DateTime? ReadDateTime(string name, ICollection<FieldError> errors)
        {
            var value = Read<DateTime?>(name, "a date-time", errors);
            if (!value.HasValue)
            {
                return null;
            }

            // Dataverse hands date-time parameters over in UTC; an unspecified kind is taken as UTC.
            return value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc);
        }

        public bool? ReadBoolean(string name, ICollection<FieldError> errors) => Read<bool?>(name, "true or false", errors);

        private T? Read<T>(string name, string expected, ICollection<FieldError> errors)
        {
            if (!_inputs.TryGetValue(name, out var value) || value == null)
            {
                return default;
            }

            if (value is T typed)
            {
                return typed;
            }

            errors.Add(new FieldError(WifiErrorCodes.WrongJsonType, name, name + " must be " + expected + "."));
            return default;
        }
    }
}
