using System;
using System.ServiceModel;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Ingest.Json;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.EventPlugins
{
    /// <summary>cr_wifiingestbatch Create (post-operation, asynchronous): records the events a batch call accepted,
    /// then writes the per-event results and the status on the row and clears the stored events (they hold emails and
    /// phones). A batch already finished is left alone, so a re-run changes nothing; a failure marks the row failed
    /// (its events kept for a re-run) and fails the system job with the reason.</summary>
    public sealed class RecordAcceptedBatch : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var batches = new IngestBatchStore(call.Service);
            var batchId = call.Context.PrimaryEntityId;
            var row = batches.Read(batchId);
            var status = IngestBatchStore.StatusOf(row);
            var events = row.GetAttributeValue<string>(Schema.IngestBatch.Events);
            if (status != BatchStatus.Pending && status != BatchStatus.Processing || events == null)
            {
                call.Trace.Trace("RecordAcceptedBatch: batch {0} is {1}; nothing to record.", batchId, status);
                return;
            }

            batches.MarkProcessing(batchId);
            var utcNow = DateTime.UtcNow;
            try
            {
                var settings = new EnvironmentSettings(call.SystemService).ReadWifiSettings();
                var outcome = new BatchLoginRecording(call.Service, call.Trace).Record(BatchJson.ReadStoredEvents(events, utcNow), settings, utcNow);
                batches.Complete(batchId, outcome, utcNow);
                call.Trace.Trace("RecordAcceptedBatch: batch {0}: {1}; {2} recorded, {3} updated, {4} unchanged, {5} refused.",
                    batchId, outcome.Status, outcome.Recorded, outcome.Updated, outcome.Unchanged, outcome.Failed);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault) || DataverseFaultCodes.IsVersionMismatch(fault))
            {
                // Concurrent calls kept taking keys or writing the guests first for every round: let the asynchronous
                // service run the step again later (it retries a few times); the row stays processing, its events kept.
                throw new InvalidPluginExecutionException(OperationStatus.Retry, WifiErrorCodes.Retry + ": batch " + batchId + " lost races to concurrent writes in every round; retrying.");
            }
            catch (Exception)
            {
                batches.MarkFailed(batchId);
                throw;
            }
        }
    }
}
