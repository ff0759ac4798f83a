namespace DynamicsWifi.Client.Model
{
    /// <summary>What recording a login did (DESIGN.md 4's Outcome), or that it was refused.</summary>
    public enum RecordOutcome
    {
        /// <summary>A new session.</summary>
        Recorded,

        /// <summary>A known session completed or extended by a later SessionEnd.</summary>
        Updated,

        /// <summary>A retry or replay: same ids, nothing written.</summary>
        Unchanged,

        /// <summary>Refused: see the event's errors (code and field).</summary>
        Rejected,
    }
}
