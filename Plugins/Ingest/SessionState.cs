using System;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>A cr_wifivisit row (one WiFi session) as stored or as the recorder plans it.</summary>
    public sealed class SessionState
    {
        public SessionState(Guid id, Guid contactId, string sessionId, string venue, DateTime start)
        {
            Id = id;
            ContactId = contactId;
            SessionId = sessionId;
            Venue = venue;
            Start = start;
        }

        public Guid Id { get; }

        public Guid ContactId { get; }

        public string SessionId { get; }

        public string Venue { get; }

        public DateTime Start { get; }

        public DateTime? End { get; set; }

        public string? Zone { get; set; }

        public string? MacHash { get; set; }

        public string? AuthMethod { get; set; }

        /// <summary>Whole minutes from start to end; null while the session is open.</summary>
        public int? DwellMinutes => End.HasValue ? (int)Math.Floor((End.Value - Start).TotalMinutes) : (int?)null;

        public SessionSpan Span => new SessionSpan(Id, Venue, Start, End, Zone);

        public static SessionState ForNewSession(Guid id, Guid contactId, GuestEvent guest) =>
            new SessionState(id, contactId, guest.SessionId, guest.Venue, guest.SessionStart)
            {
                End = guest.SessionEnd,
                Zone = guest.Zone,
                MacHash = guest.MacHash,
                AuthMethod = guest.AuthMethod,
            };

        public SessionState Copy() => (SessionState)MemberwiseClone();
    }
}
