using System;
using System.Globalization;
using System.Text;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>Writes compact JSON objects and arrays member by member: the batch API's Rejected and cr_results
    /// texts and the events stored on a batch row. Strings are escaped per RFC 8259 (quotes, backslash, control
    /// characters, and the line separators JavaScript refuses in strings).</summary>
    public sealed class JsonWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private bool _needsComma;

        public JsonWriter BeginArray() => Open('[');

        public JsonWriter EndArray() => Close(']');

        public JsonWriter BeginObject() => Open('{');

        public JsonWriter EndObject() => Close('}');

        public JsonWriter Name(string name)
        {
            Separate();
            AppendString(name);
            _text.Append(':');
            _needsComma = false;
            return this;
        }

        public JsonWriter Value(string? value)
        {
            Separate();
            if (value == null)
            {
                _text.Append("null");
            }
            else
            {
                AppendString(value);
            }

            _needsComma = true;
            return this;
        }

        public JsonWriter Value(bool value) => Raw(value ? "true" : "false");

        public JsonWriter Value(int value) => Raw(value.ToString(CultureInfo.InvariantCulture));

        public JsonWriter Value(Guid value) => Value(value.ToString("D"));

        /// <summary>A UTC date-time in ISO 8601 round-trip form ("2026-03-18T15:05:00.0000000Z").</summary>
        public JsonWriter Value(DateTime value) => Value(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture));

        public JsonWriter Member(string name, string? value) => Name(name).Value(value);

        public JsonWriter Member(string name, bool value) => Name(name).Value(value);

        public JsonWriter Member(string name, int value) => Name(name).Value(value);

        public JsonWriter Member(string name, Guid value) => Name(name).Value(value);

        public JsonWriter Member(string name, DateTime value) => Name(name).Value(value);

        public override string ToString() => _text.ToString();

        private JsonWriter Open(char bracket)
        {
            Separate();
            _text.Append(bracket);
            _needsComma = false;
            return this;
        }

        private JsonWriter Close(char bracket)
        {
            _text.Append(bracket);
            _needsComma = true;
            return this;
        }

        private JsonWriter Raw(string token)
        {
            Separate();
            _text.Append(token);
            _needsComma = true;
            return this;
        }

        private void Separate()
        {
            if (_needsComma)
            {
                _text.Append(',');
                _needsComma = false;
            }
        }

        private void AppendString(string value)
        {
            _text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029')
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
