namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Every table, column, key, image, setting, API and parameter name the plug-ins use, once (names are
    /// contracts: DESIGN.md 2 and 4).</summary>
    public static partial class Schema
    {
        public static class Contact
        {
            public const string Table = "contact";
            public const string PrimaryId = "contactid";
            public const string IdentityKey = "cr_wifi_identitykey";
            public const string IdentityKeyName = "cr_contact_wifiidentity";
            public const string Email = "emailaddress1";
            public const string Email2 = "emailaddress2";
            public const string Email3 = "emailaddress3";
            public const string Mobile = "mobilephone";
            public const string FirstName = "firstname";
            public const string LastName = "lastname";
            public const string Gender = "gendercode";
            public const string BirthDate = "birthdate";
            public const string DoNotEmail = "donotemail";
            public const string DoNotBulkEmail = "donotbulkemail";
            public const string DoNotPhone = "donotphone";
            public const string GuestId = "cr_wifi_guestid";
            public const string ConsentDate = "cr_consent_wifi_date";
            public const string ConsentChannel = "cr_consent_wifi_channel";
            public const string CreatedOn = "createdon";
            public const string CreatedBy = "createdby";
            public const string State = "statecode";

            /// <summary>gendercode options of the standard contact table.</summary>
            public const int Male = 1;
            public const int Female = 2;

            public const int Active = 0;
        }

        /// <summary>The visit aggregates on contact (DESIGN.md 2), maintained by the plug-ins only.</summary>
        public static class ContactAggregates
        {
            public const string VisitCount = "cr_wifi_visit_count";
            public const string SessionCount = "cr_wifi_session_count";
            public const string TotalDwell = "cr_wifi_total_dwell";
            public const string AverageDwell = "cr_wifi_avg_dwell";
            public const string FirstVisit = "cr_wifi_first_visit";
            public const string LastVisit = "cr_wifi_last_visit";
            public const string ZonePreference = "cr_wifi_zone_preference";
            public const string ModifiedOn = "modifiedon";

            public static readonly string[] All = { VisitCount, SessionCount, TotalDwell, AverageDwell, FirstVisit, LastVisit, ZonePreference };
        }

        /// <summary>cr_RecalculateWifiAggregates (Solution/customapis/) and its parameters.</summary>
        public static class RecalculateApi
        {
            public const string Name = "cr_RecalculateWifiAggregates";
            public const string ContactId = "ContactId";
            public const string TouchedSince = "TouchedSince";
            public const string ContinueAfter = "ContinueAfter";
            public const string PageSize = "PageSize";
            public const string Recalculated = "Recalculated";
            public const string Changed = "Changed";
            public const string MoreRecords = "MoreRecords";
        }

        /// <summary>cr_wifivisit: one row per WiFi session.</summary>
        public static class Visit
        {
            public const string Table = "cr_wifivisit";
            public const string PrimaryId = "cr_wifivisitid";
            public const string Name = "cr_name";
            public const string SessionId = "cr_sessionid";
            public const string SessionKeyName = "cr_wifivisit_session";
            public const string SessionStart = "cr_sessionstart";
            public const string SessionEnd = "cr_sessionend";
            public const string DwellMinutes = "cr_dwell_minutes";
            public const string Venue = "cr_venue";
            public const string Zone = "cr_zone";
            public const string MacHash = "cr_device_mac_hash";
            public const string AuthMethod = "cr_authmethod";
            public const string Contact = "cr_contactid";
            public const string ModifiedOn = "modifiedon";
        }

        /// <summary>cr_wifiingestbatch: a batch accepted by cr_RecordWifiAuthentications, recorded asynchronously.</summary>
        public static class IngestBatch
        {
            public const string Table = "cr_wifiingestbatch";
            public const string PrimaryId = "cr_wifiingestbatchid";
            public const string Name = "cr_name";
            public const string BatchId = "cr_batchid";
            public const string BatchKeyName = "cr_wifiingestbatch_batchid";
            public const string Status = "cr_status";
            public const string Events = "cr_events";
            public const string Rejections = "cr_rejections";
            public const string Results = "cr_results";
            public const string EventCount = "cr_eventcount";
            public const string AcceptedCount = "cr_acceptedcount";
            public const string RejectedCount = "cr_rejectedcount";
            public const string RecordedCount = "cr_recordedcount";
            public const string UpdatedCount = "cr_updatedcount";
            public const string UnchangedCount = "cr_unchangedcount";
            public const string FailedCount = "cr_failedcount";
            public const string ProcessedOn = "cr_processedon";
        }

        /// <summary>cr_wifisecret: secrets by name, value column-secured, read only through a SYSTEM service.</summary>
        public static class Secret
        {
            public const string Table = "cr_wifisecret";
            public const string Name = "cr_name";
            public const string Value = "cr_value";
            public const string MacHashKey = "MacHashKey";
            public const string WebhookSigningSecret = "WebhookSigningSecret";
        }

        public static class EnvironmentVariableDefinition
        {
            public const string Table = "environmentvariabledefinition";
            public const string PrimaryId = "environmentvariabledefinitionid";
            public const string SchemaName = "schemaname";
            public const string DefaultValue = "defaultvalue";
        }

        public static class EnvironmentVariableValue
        {
            public const string Table = "environmentvariablevalue";
            public const string DefinitionId = "environmentvariabledefinitionid";
            public const string Value = "value";
        }

        /// <summary>Environment variable definitions shipped in Solution/environmentvariabledefinitions/.</summary>
        public static class Settings
        {
            public const string DefaultCountry = "cr_WifiDefaultCountry";
            public const string VisitGapMinutes = "cr_WifiVisitGapMinutes";
            public const string FreshnessMinutes = "cr_WifiFreshnessMinutes";
            public const string ConsentWebhookUrl = "cr_WifiConsentWebhookUrl";
        }

        /// <summary>Custom APIs (Solution/customapis/) and their parameters beyond the event fields (Ingest/EventField).</summary>
        public static class Apis
        {
            public const string RecordAuthentication = "cr_RecordWifiAuthentication";
            public const string RecordAuthentications = "cr_RecordWifiAuthentications";
            public const string VisitRecorded = "cr_WifiVisitRecorded";

            public const string ContactId = "ContactId";
            public const string VisitId = "VisitId";
            public const string ContactCreated = "ContactCreated";
            public const string ReturningGuest = "ReturningGuest";
            public const string VisitCount = "VisitCount";
            public const string Outcome = "Outcome";

            public const string Events = "Events";
            public const string BatchId = "BatchId";
            public const string Accepted = "Accepted";
            public const string Rejected = "Rejected";
            public const string IngestBatchId = "IngestBatchId";

            public const string Venue = "Venue";
            public const string Zone = "Zone";
            public const string MarketingConsent = "MarketingConsent";
        }

        /// <summary>Entity image aliases as registered on the steps in Solution/customizations.xml.</summary>
        public static class Images
        {
            public const string PreImage = "PreImage";
        }
    }
}
