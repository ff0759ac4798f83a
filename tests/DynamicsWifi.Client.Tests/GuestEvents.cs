using System;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>Valid logins to start from.</summary>
    internal static class GuestEvents
    {
        // One clock reading, to the second, for every event: the same login sent twice is the same login, whichever
        // second each send falls in (a later SessionEnd would make the second an update).
        private static readonly DateTime Now = ToTheSecond(DateTime.UtcNow);

        public static GuestEvent Valid(string sessionId, string email) => new GuestEvent
        {
            SessionId = sessionId,
            Venue = "Grand Hotel",
            SessionStart = Now.AddHours(-2),
            SessionEnd = Now.AddHours(-1),
            Email = email,
            FirstName = "Ann",
            Zone = "Spa",
            CanReceiveEmail = true,
        };

        private static DateTime ToTheSecond(DateTime utc) => new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
