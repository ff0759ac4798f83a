using System;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>The consent a contact holds: its do-not flags and the time of the platform's latest consent statement
    /// (cr_consent_wifi_date). Email consent is off when either email flag is set.</summary>
    public sealed class ContactConsent
    {
        public bool DoNotEmail { get; set; }

        public bool DoNotBulkEmail { get; set; }

        public bool DoNotPhone { get; set; }

        public DateTime? StatedOn { get; set; }

        public bool Granted(string channel) => channel == ConsentChannel.Phone ? !DoNotPhone : !(DoNotEmail || DoNotBulkEmail);
    }
}
