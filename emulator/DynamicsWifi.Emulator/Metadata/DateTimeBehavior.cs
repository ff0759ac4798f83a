namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>How a DateTime column stores its value (Behavior in exports: 1, 2, 3); see
    /// https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute.</summary>
    internal enum DateTimeBehavior
    {
        /// <summary>Stored in UTC, shown in the user's time zone (the default).</summary>
        UserLocal,

        /// <summary>A date without time or time zone: stored at midnight.</summary>
        DateOnly,

        /// <summary>Stored as given, without time zone conversion.</summary>
        TimeZoneIndependent,
    }
}
