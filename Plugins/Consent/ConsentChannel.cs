using System;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>The channels a consent change is about (DESIGN.md 2, cr_channel): email (donotemail, donotbulkemail)
    /// and phone (donotphone). Contact has no SMS flag.</summary>
    public static class ConsentChannel
    {
        public const string Email = "email";
        public const string Phone = "phone";

        /// <summary>The channel named by <paramref name="text"/> in any case; false for anything else.</summary>
        public static bool TryParse(string? text, out string channel)
        {
            channel = string.Equals(text?.Trim(), Email, StringComparison.OrdinalIgnoreCase) ? Email
                : string.Equals(text?.Trim(), Phone, StringComparison.OrdinalIgnoreCase) ? Phone
                : string.Empty;
            return channel.Length > 0;
        }
    }
}
