using DynamicsWifi.Emulator.WebApi.Protocol;

namespace DynamicsWifi.Emulator.WebApi.Batch
{
    /// <summary>One request of a $batch: the request itself, its Content-ID, and the change set it belongs to (null when
    /// it stands alone).</summary>
    internal sealed class BatchPart
    {
        public BatchPart(WebApiRequest request, string? contentId, int? changeSet)
        {
            Request = request;
            ContentId = contentId;
            ChangeSet = changeSet;
        }

        public WebApiRequest Request { get; }

        public string? ContentId { get; }

        public int? ChangeSet { get; }
    }
}
