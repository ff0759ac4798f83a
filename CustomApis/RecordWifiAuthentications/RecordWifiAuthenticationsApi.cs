using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Ingest.Json;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentications
{
    /// <summary>cr_RecordWifiAuthentications' main operation (stage 30, sync): accepts up to 500 logins. Every event is
    /// checked first; the valid ones (raw MACs already hashed) are stored on one cr_wifiingestbatch row, pending, and
    /// the asynchronous step RecordAcceptedBatch records them. A BatchId seen before returns the first answer and
    /// writes nothing.</summary>
    public sealed class RecordWifiAuthenticationsApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var utcNow = DateTime.UtcNow;
            var request = RecordWifiAuthenticationsRequest.Read(call.Inputs);
            var batches = new IngestBatchStore(call.Service);
            var earlier = request.BatchId == null ? null : batches.FindByBatchId(request.BatchId);
            if (earlier != null)
            {
                call.Trace.Trace("RecordWifiAuthentications: batch {0} was accepted before; its first answer is returned.", earlier.Id);
                RecordWifiAuthenticationsResponse.WriteFrom(earlier, call.Outputs);
                return;
            }

            var settings = new Lazy<WifiSettings>(() => new EnvironmentSettings(call.SystemService).ReadWifiSettings());
            var reading = BatchEventsReader.Read(request.Events, () => settings.Value.DefaultCountry, utcNow);
            if (reading.Refusal != null)
            {
                throw WifiFaults.Rejected(new[] { reading.Refusal });
            }

            var hasher = new MacHasher(new WifiSecretStore(call.SystemService), call.Trace);
            var accepted = reading.Events.Where(indexed => indexed.Reading.IsValid)
                .Select(indexed => new KeyValuePair<int, GuestEvent>(indexed.Index, hasher.Hash(indexed.Reading.Event!)))
                .ToList();
            var rejections = BatchJson.Rejections(reading.Events.SelectMany(indexed =>
                indexed.Reading.Errors.Select(error => new KeyValuePair<int, FieldError>(indexed.Index, error))));
            var batchId = request.BatchId ?? "auto-" + Guid.NewGuid().ToString("N");

            var batch = AcceptedBatch.Row(batchId, accepted, rejections, reading.Events.Count, utcNow);
            try
            {
                batch.Id = batches.Create(batch);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (DataverseFaultCodes.IsDuplicateKey(fault))
            {
                throw WifiFaults.Retry("A call with the same BatchId is being accepted at this moment.");
            }

            call.Trace.Trace("RecordWifiAuthentications: batch {0}: {1} of {2} events accepted.", batch.Id, accepted.Count, reading.Events.Count);
            RecordWifiAuthenticationsResponse.Write(batchId, accepted.Count, rejections, batch.Id, call.Outputs);
        }
    }
}
