using System;
using DynamicsWifi.Plugins.Ingest;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    /// <summary>Login events with valid defaults (STYLE.md 3.7): change only what a test is about.</summary>
    internal sealed class GuestEvents
    {
        public static readonly DateTime Now = new DateTime(2026, 3, 18, 15, 0, 0, DateTimeKind.Utc);

        private readonly EventFields _fields = new EventFields();

        private GuestEvents()
        {
            _fields[EventField.SessionId] = "session-1";
            _fields[EventField.Venue] = "Grand Hotel";
            _fields[EventField.SessionStart] = Now.AddMinutes(-5);
            _fields[EventField.Email] = "ann@example.com";
        }

        public static GuestEvents Valid() => new GuestEvents();

        public GuestEvents With(string field, object? value)
        {
            _fields[field] = value;
            return this;
        }

        public GuestEvents WithSession(string sessionId, DateTime start, DateTime? end = null) =>
            With(EventField.SessionId, sessionId).With(EventField.SessionStart, start).With(EventField.SessionEnd, end);

        public EventReading Read(string? defaultCountry = "GB") => GuestEventReader.Read(_fields, () => defaultCountry, Now);

        public GuestEvent Build()
        {
            var reading = Read();
            return reading.Event ?? throw new InvalidOperationException("The test event is invalid: " + string.Join("; ", reading.Errors));
        }
    }
}
