using System.Collections.Generic;
using System.Globalization;
using System.Text;

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

        private readonly string _text;
        private readonly int _maxValues;
        private int _position;
        private int _values;

        private JsonParser(string text, int maxValues)
        {
            _text = text;
            _maxValues = maxValues;
        }

        /// <summary>Parses one JSON value filling the whole text; <paramref name="maxValues"/> caps how many values
        /// (of any kind, nested ones included) the text may hold, so memory stays bounded whatever the input.</summary>
        public static JsonValue Parse(string text, int maxValues)
        {
            var parser = new JsonParser(text ?? string.Empty, maxValues);
            parser.SkipWhitespace();
            var value = parser.ReadValue(0);
            parser.SkipWhitespace();
            if (parser._position != parser._text.Length)
            {
                throw parser.Error("unexpected text after the value");
            }

            return value;
        }

        private JsonValue ReadValue(int depth)
        {
            if (++_values > _maxValues)
            {
                throw Error("more than " + _maxValues + " values");
            }

            if (_position >= _text.Length)
            {
                throw Error("unexpected end of text");
            }

            switch (_text[_position])
            {
                case '{':
                    return ReadObject(depth + 1);
                case '[':
                    return ReadArray(depth + 1);
                case '"':
                    return JsonValue.String(ReadString());
                case 't':
                    ReadLiteral("true");
                    return JsonValue.True;
                case 'f':
                    ReadLiteral("false");
                    return JsonValue.False;
                case 'n':
                    ReadLiteral("null");
                    return JsonValue.Null;
                default:
                    return ReadNumber();
            }
        }

        private JsonValue ReadObject(int depth)
        {
            CheckDepth(depth);
            _position++;
            var members = new List<KeyValuePair<string, JsonValue>>();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return JsonValue.Object(members);
            }

            while (true)
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    throw Error("expected a member name in quotes");
                }

                var name = ReadString();
                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                members.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth)));
                SkipWhitespace();
                if (TryConsume('}'))
                {
                    return JsonValue.Object(members);
                }

                Expect(',');
            }
        }

        private JsonValue ReadArray(int depth)
        {
            CheckDepth(depth);
            _position++;
            var items = new List<JsonValue>();
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return JsonValue.Array(items);
            }

            while (true)
            {
                SkipWhitespace();
                items.Add(ReadValue(depth));
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    return JsonValue.Array(items);
                }

                Expect(',');
            }
        }

        private string ReadString()
        {
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error("unterminated string");
                }

                var c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return builder.ToString();
                }

                if (c < 0x20)
                {
                    throw Error("control character inside a string");
                }

                if (c == '\\')
                {
                    AppendEscape(builder);
                }
                else if (char.IsHighSurrogate(c))
                {
                    if (_position + 1 >= _text.Length || !char.IsLowSurrogate(_text[_position + 1]))
                    {
                        throw Error("unpaired UTF-16 surrogate");
                    }

                    builder.Append(c).Append(_text[_position + 1]);
                    _position += 2;
                }
                else if (char.IsLowSurrogate(c))
                {
                    throw Error("unpaired UTF-16 surrogate");
                }
                else
                {
                    builder.Append(c);
                    _position++;
                }
            }
        }

        private void AppendEscape(StringBuilder builder)
        {
            if (_position + 1 >= _text.Length)
            {
                throw Error("unterminated escape");
            }

            var escape = _text[_position + 1];
            _position += 2;
            switch (escape)
            {
                case '"': builder.Append('"'); return;
                case '\\': builder.Append('\\'); return;
                case '/': builder.Append('/'); return;
                case 'b': builder.Append('\b'); return;
                case 'f': builder.Append('\f'); return;
                case 'n': builder.Append('\n'); return;
                case 'r': builder.Append('\r'); return;
                case 't': builder.Append('\t'); return;
                case 'u':
                    AppendUnicodeEscape(builder);
                    return;
                default:
                    _position -= 2;
                    throw Error("unknown escape");
            }
        }

        // \uXXXX, where a high surrogate must be followed at once by an escaped low one.
        private void AppendUnicodeEscape(StringBuilder builder)
        {
            var unit = ReadHex4();
            if (char.IsLowSurrogate(unit))
            {
                throw Error("unpaired UTF-16 surrogate");
            }

            if (!char.IsHighSurrogate(unit))
            {
                builder.Append(unit);
                return;
            }

            if (_position + 1 >= _text.Length || _text[_position] != '\\' || _text[_position + 1] != 'u')
            {
                throw Error("unpaired UTF-16 surrogate");
            }

            _position += 2;
            var low = ReadHex4();
            if (!char.IsLowSurrogate(low))
            {
                throw Error("unpaired UTF-16 surrogate");
            }

            builder.Append(unit).Append(low);
        }

        private char ReadHex4()
        {
            if (_position + 4 > _text.Length)
            {
                throw Error("unterminated \\u escape");
            }

            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = HexDigit(_text[_position + i]);
                if (digit < 0)
                {
                    throw Error("invalid \\u escape");
                }

                value = (value * 16) + digit;
            }

            _position += 4;
            return (char)value;
        }

        private JsonValue ReadNumber()
        {
            var start = _position;
            TryConsume('-');
            if (TryConsume('0'))
            {
                // A leading zero stands alone.
            }
            else if (!ReadDigits())
            {
                _position = start;
                throw Error("unexpected character");
            }

            if (TryConsume('.') && !ReadDigits())
            {
                throw Error("digits expected after the decimal point");
            }

            if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
            {
                _position++;
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                if (!ReadDigits())
                {
                    throw Error("digits expected in the exponent");
                }
            }

            if (_position - start > MaxNumberLength)
            {
                throw Error("a number longer than " + MaxNumberLength + " characters");
            }

            return JsonValue.Number(_text.Substring(start, _position - start));
        }

        private bool ReadDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
                if (_position - start > MaxNumberLength)
                {
                    throw Error("a number longer than " + MaxNumberLength + " characters");
                }
            }

            return _position > start;
        }

        private void ReadLiteral(string literal)
        {
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            {
                throw Error("unexpected character");
            }

            _position += literal.Length;
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            }
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
            {
                _position++;
            }
        }

        private bool TryConsume(char expected)
        {
            if (_position < _text.Length && _text[_position] == expected)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(char expected)
        {
            if (!TryConsume(expected))
            {
                throw Error(_position >= _text.Length ? "unexpected end of text" : "expected '" + expected + "'");
            }
        }

        private JsonSyntaxException Error(string problem) => new JsonSyntaxException(_position, problem);

        private static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }
}
