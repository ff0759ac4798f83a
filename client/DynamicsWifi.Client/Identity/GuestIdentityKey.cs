using DynamicsWifi.Plugins.Identity;

namespace DynamicsWifi.Client.Identity
{
    /// <summary>The value the solution keeps in contact.cr_wifi_identitykey (DESIGN.md 3), computed here with the
    /// plug-in's own code, so the platform can address <c>contacts(cr_wifi_identitykey='...')</c> itself.</summary>
    public static class GuestIdentityKey
    {
        /// <summary>"email-" + SHA-256 of the trimmed, lowercased email when it is valid, else "tel-" + SHA-256 of the
        /// mobile in E.164 (national numbers read in <paramref name="defaultCountry"/>, ISO alpha-2); null when neither is.</summary>
        public static string? For(string? email, string? mobile, string defaultCountry = "GB")
        {
            EmailAddress.TryParse(email, out var validEmail);
            PhoneNumber.TryParse(mobile, defaultCountry, out var validMobile);
            return IdentityKey.From(validEmail, validMobile)?.Value;
        }
    }
}
