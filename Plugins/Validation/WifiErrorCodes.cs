using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Validation
{
    /// <summary>Every error code the Dynamics WiFi APIs return, the one list (CustomApis/README.md documents each).
    /// Stable strings: clients branch on them, so a code is never renamed or built at run time.</summary>
    public static class WifiErrorCodes
    {
        /// <summary>Neither Email nor Mobile was given: the guest cannot be identified.</summary>
        public const string NoIdentity = "WIFI_NO_IDENTITY";

        public const string InvalidEmail = "WIFI_INVALID_EMAIL";

        /// <summary>A mobile that is malformed, or written nationally where no default country places it.</summary>
        public const string InvalidMobile = "WIFI_INVALID_MOBILE";

        public const string InvalidGender = "WIFI_INVALID_GENDER";

        /// <summary>Not YYYY-MM-DD, not a real date, in the future or before 1900.</summary>
        public const string InvalidDateOfBirth = "WIFI_INVALID_DATE_OF_BIRTH";

        /// <summary>A date-time field of a batch event that is not an ISO 8601 date-time.</summary>
        public const string InvalidDate = "WIFI_INVALID_DATE";

        /// <summary>A session date before 2000-01-01 or more than 24 hours after the server's now.</summary>
        public const string DateOutOfRange = "WIFI_DATE_OUT_OF_RANGE";

        public const string SessionEndBeforeStart = "WIFI_SESSION_END_BEFORE_START";

        /// <summary>A required field (SessionId, Venue, SessionStart or JourneyTime) is missing or empty.</summary>
        public const string MissingField = "WIFI_MISSING_FIELD";

        public const string FieldTooLong = "WIFI_FIELD_TOO_LONG";

        /// <summary>MacAddress is not a MAC address, or MacHash is not 64 hexadecimal characters.</summary>
        public const string InvalidMac = "WIFI_INVALID_MAC";

        /// <summary>Events is not valid JSON, or not a JSON array.</summary>
        public const string BatchNotJsonArray = "WIFI_BATCH_NOT_JSON_ARRAY";

        /// <summary>More than 500 events, or an Events text beyond the size limit.</summary>
        public const string BatchTooLarge = "WIFI_BATCH_TOO_LARGE";

        public const string EventNotObject = "WIFI_EVENT_NOT_OBJECT";

        /// <summary>A batch event's field holds a JSON type the field does not take (a number for a string...).</summary>
        public const string WrongJsonType = "WIFI_WRONG_JSON_TYPE";

        public const string UnknownField = "WIFI_UNKNOWN_FIELD";

        public const string DuplicateField = "WIFI_DUPLICATE_FIELD";

        /// <summary>The SessionId is already recorded for another guest.</summary>
        public const string SessionConflict = "WIFI_SESSION_CONFLICT";

        /// <summary>cr_UpdateWifiConsent: Channel is neither email nor phone.</summary>
        public const string InvalidChannel = "WIFI_INVALID_CHANNEL";

        /// <summary>cr_UpdateWifiConsent: no active contact has the GuestId, Email or Mobile given (HTTP 404).</summary>
        public const string UnknownGuest = "WIFI_UNKNOWN_GUEST";

        /// <summary>cr_RedeliverWifiConsentChanges: MaxRows outside 1..500.</summary>
        public const string OutOfRange = "WIFI_OUT_OF_RANGE";

        /// <summary>A race the API could not settle inside its transaction; retry like a 503 (the retry succeeds).</summary>
        public const string Retry = "WIFI_RETRY";

        /// <summary>A parameter out of its range or of the wrong form, or two parameters that exclude each other
        /// (cr_RecalculateWifiAggregates).</summary>
        public const string InvalidParameter = "WIFI_INVALID_PARAMETER";

        /// <summary>Every code, in the order the README lists them.</summary>
        public static IReadOnlyList<string> All { get; } = new[]
        {
            NoIdentity, InvalidEmail, InvalidMobile, InvalidGender, InvalidDateOfBirth, InvalidDate, DateOutOfRange,
            SessionEndBeforeStart, MissingField, FieldTooLong, InvalidMac, BatchNotJsonArray, BatchTooLarge, EventNotObject,
            WrongJsonType, UnknownField, DuplicateField, SessionConflict, InvalidChannel, UnknownGuest, OutOfRange, Retry,
            InvalidParameter,
        };
    }
}
