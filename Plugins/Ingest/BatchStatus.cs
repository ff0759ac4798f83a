namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Where an accepted batch stands (cr_wifiingestbatch.cr_status, DESIGN.md 4).</summary>
    public enum BatchStatus
    {
        Pending,
        Processing,
        Completed,

        /// <summary>Recorded, but some events were refused while recording (a session id held by another guest).</summary>
        CompletedWithErrors,
        Failed,
    }
}
