namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Names of the batch API's own parameters, and of the whole event in a per-event error.</summary>
    public static class BatchField
    {
        public const string Events = "Events";
        public const string BatchId = "BatchId";

        /// <summary>The Field of an error about an event as a whole (not an object).</summary>
        public const string Event = "Event";

        public const int MaxBatchId = 100;
    }
}
