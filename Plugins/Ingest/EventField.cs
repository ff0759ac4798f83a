namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The names of a login event's fields: the request parameters of cr_RecordWifiAuthentication and the
    /// member names of each object in cr_RecordWifiAuthentications' Events (DESIGN.md 4; names are contracts).</summary>
    public static class EventField
    {
        public const string SessionId = "SessionId";
        public const string Venue = "Venue";
        public const string SessionStart = "SessionStart";
        public const string SessionEnd = "SessionEnd";
        public const string JourneyTime = "JourneyTime";
        public const string Email = "Email";
        public const string Mobile = "Mobile";
        public const string FirstName = "FirstName";
        public const string LastName = "LastName";
        public const string Gender = "Gender";
        public const string DateOfBirth = "DateOfBirth";
        public const string CanReceiveEmail = "CanReceiveEmail";
        public const string ConsentTimestamp = "ConsentTimestamp";
        public const string ConsentChannel = "ConsentChannel";
        public const string GuestId = "GuestId";
        public const string Zone = "Zone";
        public const string MacAddress = "MacAddress";
        public const string MacHash = "MacHash";
        public const string AuthMethod = "AuthMethod";

        /// <summary>Every field, in the order of the contract's table; errors are reported in this order.</summary>
        public static readonly string[] All =
        {
            SessionId, Venue, SessionStart, SessionEnd, JourneyTime, Email, Mobile, FirstName, LastName, Gender, DateOfBirth,
            CanReceiveEmail, ConsentTimestamp, ConsentChannel, GuestId, Zone, MacAddress, MacHash, AuthMethod,
        };

        /// <summary>Fields whose value is a date-time (a JSON string in ISO 8601 inside a batch).</summary>
        public static readonly string[] DateTimes = { SessionStart, SessionEnd, JourneyTime, ConsentTimestamp };

        /// <summary>Fields whose value is a boolean.</summary>
        public static readonly string[] Booleans = { CanReceiveEmail };
    }
}
