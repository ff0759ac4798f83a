using System;
using System.Globalization;
using System.Text;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Writes constants as the listing shows them: <c>null</c>, <c>true</c>, <c>42</c>, <c>"C-style \"escaped\""</c>.</summary>
    internal static class LiteralText
    {
        public static string Of(object? value) => value switch
        {
            null => "null",
            string text => Quote(text, '"'),
            char character => Quote(character.ToString(), '\''),
            bool flag => flag ? "true" : "false",
            float single => single.ToString("R", CultureInfo.InvariantCulture),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private static string Quote(string text, char quote)
        {
            var builder = new StringBuilder(text.Length + 2).Append(quote);
            foreach (var character in text)
            {
                builder.Append(character switch
                {
                    '\\' => "\\\\",
                    '\0' => "\\0",
                    '\a' => "\\a",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\v' => "\\v",
                    _ when character == quote => "\\" + quote,
                    _ when char.IsControl(character) => "\\x" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
                    _ => character.ToString(),
                });
            }

            return builder.Append(quote).ToString();
        }
    }
}
