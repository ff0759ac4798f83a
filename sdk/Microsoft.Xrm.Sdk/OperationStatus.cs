namespace Microsoft.Xrm.Sdk
{
    /// <summary>The outcome a plug-in reports for the operation, such as failed or retry.</summary>
    public enum OperationStatus
    {
        Failed = 0,
        Canceled = 1,
        Retry = 2,
        Suspended = 3,
        Succeeded = 4,
    }
}
