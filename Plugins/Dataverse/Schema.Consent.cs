namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The consent ledger's names (DESIGN.md 2 and 5), beside the rest of <see cref="Schema"/>.</summary>
    public static partial class Schema
    {
        /// <summary>cr_wificonsentchange: one row per consent change in either direction; the outbox of the callback.</summary>
        public static class ConsentChange
        {
            public const string Table = "cr_wificonsentchange";
            public const string PrimaryId = "cr_wificonsentchangeid";
            public const string Name = "cr_name";
            public const string Contact = "cr_contactid";
            public const string GuestId = "cr_guestid";
            public const string IdentityKey = "cr_identitykey";
            public const string Channel = "cr_channel";
            public const string Granted = "cr_granted";
            public const string ChangedOn = "cr_changedon";
            public const string Source = "cr_source";
            public const string Evidence = "cr_evidence";
            public const string DeliveryStatus = "cr_deliverystatus";
            public const string Attempts = "cr_attempts";
            public const string LastError = "cr_lasterror";
            public const string LastAttemptOn = "cr_lastattempton";
            public const string DeliveredOn = "cr_deliveredon";
            public const string DeliveryRequestedOn = "cr_deliveryrequestedon";
            public const string EventId = "cr_eventid";
            public const string EventKeyName = "cr_wificonsentchange_eventid";
            public const string CreatedOn = "createdon";
        }

        /// <summary>asyncoperation (System Job): an asynchronous step reads its own retry count there.</summary>
        public static class SystemJob
        {
            public const string Table = "asyncoperation";
            public const string RetryCount = "retrycount";
        }

        /// <summary>The consent APIs (Solution/customapis/) and their parameters.</summary>
        public static class ConsentApis
        {
            public const string UpdateConsent = "cr_UpdateWifiConsent";
            public const string RedeliverChanges = "cr_RedeliverWifiConsentChanges";

            public const string GuestId = "GuestId";
            public const string Email = "Email";
            public const string Mobile = "Mobile";
            public const string Granted = "Granted";
            public const string Channel = "Channel";
            public const string Timestamp = "Timestamp";
            public const string EventId = "EventId";

            public const string Outcome = "Outcome";
            public const string ContactId = "ContactId";
            public const string ConsentChangeId = "ConsentChangeId";

            public const string MaxRows = "MaxRows";
            public const string Requested = "Requested";
            public const string Remaining = "Remaining";
        }

        /// <summary>The request tags (SharedVariables["tag"], learn.microsoft.com/power-apps/developer/data-platform/optional-parameters)
        /// our own writes carry so a step leaves them to the writer: a contact update made by cr_UpdateWifiConsent, which
        /// writes its own ledger row; a session written by the single login recording, which writes the aggregates itself;
        /// a contact written by the batch recording, which writes the ledger rows of its logins' consent itself.</summary>
        public static class Tags
        {
            public const string Tag = "tag";
            public const string ConsentFromPlatform = "dynamicswifi-consent-from-platform";
            public const string AggregatesByRecording = "dynamicswifi-aggregates-by-recording";
            public const string ConsentByRecording = "dynamicswifi-consent-by-recording";
        }
    }
}
