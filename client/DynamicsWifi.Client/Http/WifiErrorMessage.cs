using System;
using System.Collections.Generic;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Http
{
    /// <summary>Reads the message of a refused single call: "WIFI_FIRST: WIFI_FIRST Field: text; WIFI_NEXT Field: text"
    /// (CustomApis/README.md), into one error per field.</summary>
    internal static class WifiErrorMessage
    {
        public static string? LeadingCode(string message)
        {
            var colon = message.IndexOf(':');
            var code = colon > 0 ? message.Substring(0, colon) : message;
            return code.StartsWith("WIFI_", StringComparison.Ordinal) && code.IndexOf(' ') < 0 ? code : null;
        }

        public static IReadOnlyList<EventError> Errors(string message)
        {
            var leading = LeadingCode(message);
            if (leading == null)
            {
                return new[] { new EventError("WIFI_UNKNOWN", null, message) };
            }

            var errors = new List<EventError>();
            foreach (var part in message.Substring(leading.Length + 1).Split(new[] { "; " }, StringSplitOptions.RemoveEmptyEntries))
            {
                var text = part.Trim();
                var space = text.IndexOf(' ');
                var colon = text.IndexOf(": ", StringComparison.Ordinal);
                if (space > 0 && colon > space && text.StartsWith("WIFI_", StringComparison.Ordinal))
                {
                    errors.Add(new EventError(text.Substring(0, space), text.Substring(space + 1, colon - space - 1), text.Substring(colon + 2)));
                }
            }

            return errors.Count > 0 ? errors : new[] { new EventError(leading, null, message) };
        }
    }
}
