using System.Collections.Generic;
using System.Globalization;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>A strict RFC 8259 parser for the batch API's Events text, built to run in the sandbox (no NuGet,
    /// DESIGN.md 7) on hostile input: bounded nesting, a bounded number of values, bounded number text, well-formed
    /// UTF-16 only (a lone surrogate, raw or escaped, is refused), no control characters inside strings, nothing
    /// after the value. Every refusal is a <see cref="JsonSyntaxException"/> naming the position, never the text.</summary>
    public sealed class JsonParser
    {
        public const int MaxDepth = 16;
        public const int MaxNumberLength = 64;

        private readonly JsonCursor _cursor;
        private readonly int _maxValues;
        private int _values;

        private JsonParser(string text, int maxValues)
        {
            _cursor = new JsonCursor(text);
            _maxValues = maxValues;
        }

        /// <summary>Parses one JSON value filling the whole text; <paramref name="maxValues"/> caps how many values
        /// (of any kind, nested ones included) the text may hold, so memory stays bounded whatever the input.</summary>
        public static JsonValue Parse(string text, int maxValues)
        {
            var parser = new JsonParser(text ?? string.Empty, maxValues);
            parser._cursor.SkipWhitespace();
            var value = parser.ReadValue(0);
            parser._cursor.SkipWhitespace();
            if (!parser._cursor.AtEnd)
            {
                throw parser._cursor.Error("unexpected text after the value");
            }

            return value;
        }

        private JsonValue ReadValue(int depth)
        {
            if (++_values > _maxValues)
            {
                throw _cursor.Error("more than " + _maxValues + " values");
            }

            if (_cursor.AtEnd)
            {
                throw _cursor.Error("unexpected end of text");
            }

            switch (_cursor.Current)
            {
                case '{':
                    return ReadObject(depth + 1);
                case '[':
                    return ReadArray(depth + 1);
                case '"':
                    return JsonValue.String(JsonTokens.ReadString(_cursor));
                case 't':
                    JsonTokens.ReadLiteral(_cursor, "true");
                    return JsonValue.True;
                case 'f':
                    JsonTokens.ReadLiteral(_cursor, "false");
                    return JsonValue.False;
                case 'n':
                    JsonTokens.ReadLiteral(_cursor, "null");
                    return JsonValue.Null;
                default:
                    return JsonTokens.ReadNumber(_cursor);
            }
        }

        private JsonValue ReadObject(int depth)
        {
            CheckDepth(depth);
            _cursor.Position++;
            var members = new List<KeyValuePair<string, JsonValue>>();
            _cursor.SkipWhitespace();
            if (_cursor.TryConsume('}'))
            {
                return JsonValue.Object(members);
            }

            while (true)
            {
                _cursor.SkipWhitespace();
                if (_cursor.AtEnd || _cursor.Current != '"')
                {
                    throw _cursor.Error("expected a member name in quotes");
                }

                var name = JsonTokens.ReadString(_cursor);
                _cursor.SkipWhitespace();
                _cursor.Expect(':');
                _cursor.SkipWhitespace();
                members.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth)));
                _cursor.SkipWhitespace();
                if (_cursor.TryConsume('}'))
                {
                    return JsonValue.Object(members);
                }

                _cursor.Expect(',');
            }
        }

        private JsonValue ReadArray(int depth)
        {
            CheckDepth(depth);
            _cursor.Position++;
            var items = new List<JsonValue>();
            _cursor.SkipWhitespace();
            if (_cursor.TryConsume(']'))
            {
                return JsonValue.Array(items);
            }

            while (true)
            {
                _cursor.SkipWhitespace();
                items.Add(ReadValue(depth));
                _cursor.SkipWhitespace();
                if (_cursor.TryConsume(']'))
                {
                    return JsonValue.Array(items);
                }

                _cursor.Expect(',');
            }
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw _cursor.Error("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            }
        }
    }
}
