using System;

namespace DynamicsWifi.Emulator.WebApi.Protocol
{
    /// <summary>Dataverse's weak ETags, W/"{versionnumber}" (learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).</summary>
    internal static class ETag
    {
        public static string Of(string rowVersion) => "W/\"" + rowVersion + "\"";

        /// <summary>The row version an If-Match or If-None-Match value names; null for "*" or a value that is not an ETag.</summary>
        public static string? VersionOf(string? header)
        {
            if (header == null)
            {
                return null;
            }

            var value = header.Trim();
            if (value.StartsWith("W/", StringComparison.Ordinal))
            {
                value = value.Substring(2);
            }

            return value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value.Substring(1, value.Length - 2) : null;
        }
    }
}
