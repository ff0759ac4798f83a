namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>What recording a login did to its session (the Outcome the APIs return).</summary>
    public enum OutcomeKind
    {
        /// <summary>A new session row.</summary>
        Recorded,

        /// <summary>A known session completed or extended by a later SessionEnd.</summary>
        Updated,

        /// <summary>A known session, nothing new: a retry or a replay.</summary>
        Unchanged,

        /// <summary>Not recorded; the outcome carries the error.</summary>
        Rejected,
    }
}
