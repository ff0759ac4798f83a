using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>One login as the WiFi platform sends it, with valid defaults (STYLE.md 3.7): a single call of
    /// cr_RecordWifiAuthentication, or one object of a batch's Events.</summary>
    internal sealed class Login
    {
        private readonly Dictionary<string, object?> _fields = new Dictionary<string, object?>(StringComparer.Ordinal);

        private Login(string sessionId, string email)
        {
            _fields["SessionId"] = sessionId;
            _fields["Venue"] = "Grand Hotel";
            _fields["SessionStart"] = DateTime.UtcNow.AddMinutes(-2);
            _fields["Email"] = email;
        }

        public static Login Of(string email, string? sessionId = null) => new Login(sessionId ?? "session-" + Guid.NewGuid().ToString("N"), email);

        public static Login ByPhone(string mobile, string? sessionId = null) => Of("unused@example.com", sessionId).With("Email", null).With("Mobile", mobile);

        public Login With(string field, object? value)
        {
            _fields[field] = value;
            return this;
        }

        public Login StartedMinutesAgo(double minutes) => With("SessionStart", DateTime.UtcNow.AddMinutes(-minutes));

        public Login At(DateTime start, DateTime? end = null) => With("SessionStart", start).With("SessionEnd", end);

        public OrganizationRequest ToRequest()
        {
            var request = new OrganizationRequest("cr_RecordWifiAuthentication");
            foreach (var field in _fields.Where(field => field.Value != null))
            {
                request[field.Key] = field.Value;
            }

            return request;
        }

        public string ToJson()
        {
            var json = new StringBuilder("{");
            foreach (var field in _fields.Where(field => field.Value != null))
            {
                if (json.Length > 1)
                {
                    json.Append(',');
                }

                json.Append('"').Append(field.Key).Append("\":").Append(JsonValue(field.Value!));
            }

            return json.Append('}').ToString();
        }

        public static string Batch(IEnumerable<Login> logins) => "[" + string.Join(",", logins.Select(login => login.ToJson())) + "]";

        private static string JsonValue(object value) => value switch
        {
            bool flag => flag ? "true" : "false",
            DateTime date => "\"" + date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\"",
            _ => "\"" + value.ToString()!.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        };
    }
}
