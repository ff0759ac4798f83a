using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>An organization with Dynamics WiFi imported and the WiFi platform's application user holding the
    /// WiFi Integration role, as a customer sets it up; SYSTEM reads what was stored.</summary>
    internal sealed class WifiOrganization
    {
        public const string RecordBatch = "cr_RecordWifiAuthentications";
        public const string VisitRecorded = "cr_WifiVisitRecorded";

        private WifiOrganization()
        {
            Emulator = Organizations.WithDynamicsWifi();
            PlatformUserId = Emulator.CreateApplicationUser("WiFi platform", Guid.NewGuid(), "WiFi Integration");
            Platform = Emulator.CreateOrganizationService(PlatformUserId);
            System = Emulator.CreateOrganizationService(null);
            Emulator.Requests.Clear();
        }

        public DataverseEmulator Emulator { get; }

        public Guid PlatformUserId { get; }

        /// <summary>The WiFi platform's application user.</summary>
        public IOrganizationService Platform { get; }

        public IOrganizationService System { get; }

        public static WifiOrganization Start() => new WifiOrganization();

        public OrganizationResponse Record(Login login) => Platform.Execute(login.ToRequest());

        public OrganizationResponse RecordBatchOf(string events, string? batchId = null)
        {
            var request = new OrganizationRequest(RecordBatch) { ["Events"] = events };
            if (batchId != null)
            {
                request["BatchId"] = batchId;
            }

            return Platform.Execute(request);
        }

        public void SetSecret(string name, string value) =>
            System.Create(new Entity("cr_wifisecret") { ["cr_name"] = name, ["cr_value"] = value });

        public List<Entity> All(string table) => System.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

        public List<Entity> Visits() => All("cr_wifivisit");

        public List<Entity> Contacts() => All("contact");

        public Entity Contact(Guid id) => System.Retrieve("contact", id, new ColumnSet(true));

        /// <summary>How many times cr_WifiVisitRecorded was raised (flows subscribed to it would have run as often).</summary>
        public int BusinessEvents() => Emulator.Requests.Records.Where(record => record.Succeeded)
            .SelectMany(record => record.Calls).Count(call => call.Message == VisitRecorded);

        public IEnumerable<string> TraceLines() => Emulator.PluginTraces.Records.SelectMany(record => record.Lines);
    }
}
