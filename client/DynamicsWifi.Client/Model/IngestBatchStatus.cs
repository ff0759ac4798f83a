namespace DynamicsWifi.Client.Model
{
    /// <summary>cr_wifiingestbatch.cr_status, with the option values the solution declares.</summary>
    public enum IngestBatchStatus
    {
        Pending = 582140000,
        Processing = 582140001,
        Completed = 582140002,
        CompletedWithErrors = 582140003,
        Failed = 582140004,
    }
}
