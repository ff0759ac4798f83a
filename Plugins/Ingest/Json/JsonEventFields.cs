using System;
using System.Collections.Generic;
using System.Globalization;
using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>One event object of a batch as <see cref="IEventFields"/>: member names must be the contract's
    /// (case-sensitive, as Web API parameters are) and appear once; strings are JSON strings, booleans JSON booleans,
    /// date-times ISO 8601 strings (a value without an offset is read as UTC); null is the same as absent.</summary>
    public sealed class JsonEventFields : IEventFields
    {
        private static readonly HashSet<string> Known = new HashSet<string>(EventField.All, StringComparer.Ordinal);

        private static readonly string[] IsoFormats =
        {
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        };

        private readonly Dictionary<string, JsonValue> _members = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        private readonly List<FieldError> _shapeErrors = new List<FieldError>();

        public JsonEventFields(JsonValue eventObject)
        {
            foreach (var member in eventObject.Members)
            {
                if (!Known.Contains(member.Key))
                {
                    _shapeErrors.Add(new FieldError(WifiErrorCodes.UnknownField, NameForMessage(member.Key), "This name is not a field of a login event (names are case-sensitive)."));
                }
                else if (_members.ContainsKey(member.Key))
                {
                    _shapeErrors.Add(new FieldError(WifiErrorCodes.DuplicateField, member.Key, member.Key + " appears more than once."));
                }
                else
                {
                    _members.Add(member.Key, member.Value);
                }
            }
        }

        public IReadOnlyList<FieldError> ShapeErrors => _shapeErrors;

        public string? ReadString(string name, ICollection<FieldError> errors) => ReadTextOf(name, "a string", errors);

        public DateTime? ReadDateTime(string name, ICollection<FieldError> errors)
        {
            var text = ReadTextOf(name, "an ISO 8601 date-time string", errors);
            if (text == null)
            {
                return null;
            }

            if (!DateTime.TryParseExact(text.Trim(), IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidDate, name, name + " is not an ISO 8601 date-time (2026-03-18T15:05:00Z)."));
                return null;
            }

            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        public bool? ReadBoolean(string name, ICollection<FieldError> errors)
        {
            var value = Member(name);
            if (value == null)
            {
                return null;
            }

            if (value.Kind != JsonKind.Boolean)
            {
                errors.Add(WrongType(name, "true or false"));
                return null;
            }

            return value.Boolean;
        }

        private string? ReadTextOf(string name, string expected, ICollection<FieldError> errors)
        {
            var value = Member(name);
            if (value == null)
            {
                return null;
            }

            if (value.Kind != JsonKind.String)
            {
                errors.Add(WrongType(name, expected));
                return null;
            }

            return value.Text;
        }

        private JsonValue? Member(string name) =>
            _members.TryGetValue(name, out var value) && value.Kind != JsonKind.Null ? value : null;

        private static FieldError WrongType(string name, string expected) =>
            new FieldError(WifiErrorCodes.WrongJsonType, name, name + " must be " + expected + ".");

        // An unknown name is the caller's text: shown only when it is short and plain, so no guest data travels back.
        private static string NameForMessage(string name)
        {
            if (name.Length == 0 || name.Length > 40)
            {
                return "(unnamed)";
            }

            if (!char.IsLetter(name[0]))
            {
                return "(unnamed)";
            }

            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_') || c > 0x7E)
                {
                    return "(unnamed)";
                }
            }

            return name;
        }
    }
}
