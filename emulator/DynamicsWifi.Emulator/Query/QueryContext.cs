using System;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>What a query needs to know about its caller and the moment it runs: the user for eq-userid and the
    /// current UTC time for relative date operators, taken once per request from the emulator's clock.</summary>
    internal sealed class QueryContext
    {
        public QueryContext(Guid callerId, DateTime utcNow)
        {
            CallerId = callerId;
            UtcNow = utcNow.Kind == DateTimeKind.Utc ? utcNow : DateTime.SpecifyKind(utcNow.ToUniversalTime(), DateTimeKind.Utc);
        }

        public Guid CallerId { get; }

        public DateTime UtcNow { get; }

        /// <summary>Midnight UTC of the current day; the emulator has no user time zone, so days are UTC days.</summary>
        public DateTime Today => UtcNow.Date;
    }
}
