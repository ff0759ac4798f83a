using System;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>Valid logins to start from.</summary>
    internal static class GuestEvents
    {
        public static GuestEvent Valid(string sessionId, string email) => new GuestEvent
        {
            SessionId = sessionId,
            Venue = "Grand Hotel",
            SessionStart = DateTime.UtcNow.AddHours(-2),
            SessionEnd = DateTime.UtcNow.AddHours(-1),
            Email = email,
            FirstName = "Ann",
            Zone = "Spa",
            CanReceiveEmail = true,
        };
    }
}
