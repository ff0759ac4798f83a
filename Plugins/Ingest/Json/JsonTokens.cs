using System.Text;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>The scalar tokens of JSON: strings (escapes, and well-formed UTF-16 only: a lone surrogate, raw or
    /// escaped, is refused; no control characters), numbers (grammar checked, text kept, at most
    /// <see cref="JsonParser.MaxNumberLength"/> characters) and the literals.</summary>
    internal static class JsonTokens
    {
        public static string ReadString(JsonCursor cursor)
        {
            cursor.Position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (cursor.Position >= cursor.Text.Length)
                {
                    throw cursor.Error("unterminated string");
                }

                var c = cursor.Text[cursor.Position];
                if (c == '"')
                {
                    cursor.Position++;
                    return builder.ToString();
                }

                if (c < 0x20)
                {
                    throw cursor.Error("control character inside a string");
                }

                if (c == '\\')
                {
                    AppendEscape(cursor, builder);
                }
                else if (char.IsHighSurrogate(c))
                {
                    if (cursor.Position + 1 >= cursor.Text.Length || !char.IsLowSurrogate(cursor.Text[cursor.Position + 1]))
                    {
                        throw cursor.Error("unpaired UTF-16 surrogate");
                    }

                    builder.Append(c).Append(cursor.Text[cursor.Position + 1]);
                    cursor.Position += 2;
                }
                else if (char.IsLowSurrogate(c))
                {
                    throw cursor.Error("unpaired UTF-16 surrogate");
                }
                else
                {
                    builder.Append(c);
                    cursor.Position++;
                }
            }
        }

        private static void AppendEscape(JsonCursor cursor, StringBuilder builder)
        {
            if (cursor.Position + 1 >= cursor.Text.Length)
            {
                throw cursor.Error("unterminated escape");
            }

            var escape = cursor.Text[cursor.Position + 1];
            cursor.Position += 2;
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
                    AppendUnicodeEscape(cursor, builder);
                    return;
                default:
                    cursor.Position -= 2;
                    throw cursor.Error("unknown escape");
            }
        }

        // \uXXXX, where a high surrogate must be followed at once by an escaped low one.
        private static void AppendUnicodeEscape(JsonCursor cursor, StringBuilder builder)
        {
            var unit = ReadHex4(cursor);
            if (char.IsLowSurrogate(unit))
            {
                throw cursor.Error("unpaired UTF-16 surrogate");
            }

            if (!char.IsHighSurrogate(unit))
            {
                builder.Append(unit);
                return;
            }

            if (cursor.Position + 1 >= cursor.Text.Length || cursor.Text[cursor.Position] != '\\' || cursor.Text[cursor.Position + 1] != 'u')
            {
                throw cursor.Error("unpaired UTF-16 surrogate");
            }

            cursor.Position += 2;
            var low = ReadHex4(cursor);
            if (!char.IsLowSurrogate(low))
            {
                throw cursor.Error("unpaired UTF-16 surrogate");
            }

            builder.Append(unit).Append(low);
        }

        private static char ReadHex4(JsonCursor cursor)
        {
            if (cursor.Position + 4 > cursor.Text.Length)
            {
                throw cursor.Error("unterminated \\u escape");
            }

            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = HexDigit(cursor.Text[cursor.Position + i]);
                if (digit < 0)
                {
                    throw cursor.Error("invalid \\u escape");
                }

                value = (value * 16) + digit;
            }

            cursor.Position += 4;
            return (char)value;
        }

        public static JsonValue ReadNumber(JsonCursor cursor)
        {
            var start = cursor.Position;
            cursor.TryConsume('-');
            if (cursor.TryConsume('0'))
            {
                // A leading zero stands alone.
            }
            else if (!ReadDigits(cursor))
            {
                cursor.Position = start;
                throw cursor.Error("unexpected character");
            }

            if (cursor.TryConsume('.') && !ReadDigits(cursor))
            {
                throw cursor.Error("digits expected after the decimal point");
            }

            if (cursor.Position < cursor.Text.Length && (cursor.Text[cursor.Position] == 'e' || cursor.Text[cursor.Position] == 'E'))
            {
                cursor.Position++;
                if (!cursor.TryConsume('+'))
                {
                    cursor.TryConsume('-');
                }

                if (!ReadDigits(cursor))
                {
                    throw cursor.Error("digits expected in the exponent");
                }
            }

            if (cursor.Position - start > JsonParser.MaxNumberLength)
            {
                throw cursor.Error("a number longer than " + JsonParser.MaxNumberLength + " characters");
            }

            return JsonValue.Number(cursor.Text.Substring(start, cursor.Position - start));
        }

        private static bool ReadDigits(JsonCursor cursor)
        {
            var start = cursor.Position;
            while (cursor.Position < cursor.Text.Length && cursor.Text[cursor.Position] >= '0' && cursor.Text[cursor.Position] <= '9')
            {
                cursor.Position++;
                if (cursor.Position - start > JsonParser.MaxNumberLength)
                {
                    throw cursor.Error("a number longer than " + JsonParser.MaxNumberLength + " characters");
                }
            }

            return cursor.Position > start;
        }

        public static void ReadLiteral(JsonCursor cursor, string literal)
        {
            if (string.CompareOrdinal(cursor.Text, cursor.Position, literal, 0, literal.Length) != 0)
            {
                throw cursor.Error("unexpected character");
            }

            cursor.Position += literal.Length;
        }

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
