using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>A benchmark login: guest n (guestn@example.com), a session id and its start.</summary>
    internal sealed class Login
    {
        private readonly int _guest;
        private readonly string _sessionId;
        private readonly DateTime _start;

        public Login(int guest, string sessionId, DateTime start)
        {
            _guest = guest;
            _sessionId = sessionId;
            _start = start;
        }

        private string Email => "guest" + _guest.ToString(CultureInfo.InvariantCulture) + "@example.com";

        public OrganizationRequest ToRequest() =>
            new OrganizationRequest("cr_RecordWifiAuthentication")
            {
                ["SessionId"] = _sessionId,
                ["Venue"] = "Grand Hotel",
                ["SessionStart"] = _start,
                ["Email"] = Email,
                ["FirstName"] = "Guest",
            };

        public string ToJson() =>
            "{\"SessionId\":\"" + _sessionId + "\",\"Venue\":\"Grand Hotel\",\"SessionStart\":\"" +
            _start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\",\"Email\":\"" + Email + "\",\"FirstName\":\"Guest\"}";
    }
}
