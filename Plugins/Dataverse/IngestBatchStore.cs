using System;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>cr_wifiingestbatch rows: a batch accepted by the batch API, its events until recorded, its outcome.</summary>
    public sealed class IngestBatchStore
    {
        private const int StatusBase = 582140000;

        private readonly IOrganizationService _service;

        public IngestBatchStore(IOrganizationService service)
        {
            _service = service;
        }

        /// <summary>The row of an earlier call with this BatchId, or null.</summary>
        public Entity? FindByBatchId(string batchId)
        {
            var query = new QueryExpression(Schema.IngestBatch.Table)
            {
                ColumnSet = new ColumnSet(Schema.IngestBatch.BatchId, Schema.IngestBatch.AcceptedCount, Schema.IngestBatch.Rejections),
                TopCount = 1,
            };
            query.Criteria.AddCondition(Schema.IngestBatch.BatchId, ConditionOperator.Equal, batchId);
            var rows = _service.RetrieveMultiple(query).Entities;
            return rows.Count == 0 ? null : rows[0];
        }

        public Guid Create(Entity batch) => _service.Create(batch);

        public Entity Read(Guid id) =>
            _service.Retrieve(Schema.IngestBatch.Table, id, new ColumnSet(Schema.IngestBatch.Status, Schema.IngestBatch.Events));

        public void MarkProcessing(Guid id) =>
            _service.Update(new Entity(Schema.IngestBatch.Table, id) { [Schema.IngestBatch.Status] = StatusValue(BatchStatus.Processing) });

        public void MarkFailed(Guid id) =>
            _service.Update(new Entity(Schema.IngestBatch.Table, id) { [Schema.IngestBatch.Status] = StatusValue(BatchStatus.Failed) });

        public void Complete(Guid id, BatchOutcome outcome, DateTime utcNow) =>
            _service.Update(new Entity(Schema.IngestBatch.Table, id)
            {
                [Schema.IngestBatch.Status] = StatusValue(outcome.Status),
                [Schema.IngestBatch.Results] = outcome.ResultsJson,
                [Schema.IngestBatch.RecordedCount] = outcome.Recorded,
                [Schema.IngestBatch.UpdatedCount] = outcome.Updated,
                [Schema.IngestBatch.UnchangedCount] = outcome.Unchanged,
                [Schema.IngestBatch.FailedCount] = outcome.Failed,
                [Schema.IngestBatch.ProcessedOn] = utcNow,

                // The events hold emails and phones: once recorded, only the outcomes stay.
                [Schema.IngestBatch.Events] = null,
            });

        public static OptionSetValue StatusValue(BatchStatus status) => new OptionSetValue(StatusBase + (int)status);

        public static BatchStatus StatusOf(Entity row) =>
            (BatchStatus)((row.GetAttributeValue<OptionSetValue>(Schema.IngestBatch.Status)?.Value ?? StatusBase) - StatusBase);
    }
}
