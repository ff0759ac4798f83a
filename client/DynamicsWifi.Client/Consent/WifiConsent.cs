using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client.Http;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Consent
{
    /// <summary>The consent calls (DESIGN.md 4 and 5): report a change from the portal, ask Dynamics to redeliver the
    /// changes still pending, read the pending ledger rows and acknowledge them.</summary>
    public sealed class WifiConsent
    {
        private const string LedgerSet = "cr_wificonsentchanges";
        private readonly WebApiTransport _transport;

        internal WifiConsent(WebApiTransport transport)
        {
            _transport = transport;
        }

        /// <summary>Whether the environment has the consent ledger (the solution's consent part is installed).</summary>
        public async Task<bool> IsAvailableAsync(CancellationToken cancel = default) =>
            await _transport.GetOrNull(LedgerSet + "?$top=1&$select=cr_wificonsentchangeid", cancel).ConfigureAwait(false) != null;

        /// <summary>cr_UpdateWifiConsent: applied when newer than what Dynamics holds; never echoed back.</summary>
        public async Task<ConsentUpdateResult> UpdateAsync(ConsentUpdate change, CancellationToken cancel = default)
        {
            var answer = await _transport.Post(
                "cr_UpdateWifiConsent",
                json =>
                {
                    json.WriteStartObject();
                    Optional(json, "GuestId", change.GuestId);
                    Optional(json, "Email", change.Email);
                    Optional(json, "Mobile", change.Mobile);
                    json.WriteBoolean("Granted", change.Granted);
                    json.WriteString("Channel", change.Channel);
                    json.WriteString("Timestamp", GuestEventJson.Utc(change.Timestamp));
                    json.WriteString("EventId", change.EventId);
                    json.WriteEndObject();
                },
                cancel).ConfigureAwait(false);
            return new ConsentUpdateResult
            {
                ContactId = answer == null ? null : JsonRead.Guid(answer.Value, "ContactId"),
                Outcome = answer == null ? null : JsonRead.Text(answer.Value, "Outcome"),
            };
        }

        /// <summary>cr_RedeliverWifiConsentChanges: retries the changes still pending or exhausted.</summary>
        public async Task<RedeliveryResult> RedeliverAsync(CancellationToken cancel = default)
        {
            var answer = await _transport.Post("cr_RedeliverWifiConsentChanges", json => json.WriteRawValue("{}"), cancel).ConfigureAwait(false);
            var properties = new Dictionary<string, string>();
            if (answer != null)
            {
                foreach (var property in answer.Value.EnumerateObject().Where(property => !property.Name.StartsWith("@", StringComparison.Ordinal)))
                {
                    properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                }
            }

            return new RedeliveryResult(properties);
        }

        /// <summary>Ledger rows made in Dynamics not yet delivered to the platform, oldest first.</summary>
        public async Task<IReadOnlyList<ConsentChange>> ReadPendingAsync(int top = 500, CancellationToken cancel = default)
        {
            var filter = Uri.EscapeDataString("cr_deliverystatus eq " + (int)ConsentDeliveryStatus.Pending + " or cr_deliverystatus eq " + (int)ConsentDeliveryStatus.Exhausted);
            var page = await _transport.Get(
                LedgerSet + "?$select=cr_wificonsentchangeid,cr_eventid,cr_guestid,cr_channel,cr_granted,cr_changedon,cr_deliverystatus,cr_attempts&$filter=" + filter + "&$orderby=cr_changedon asc&$top=" + top,
                cancel).ConfigureAwait(false);
            return page!.Value.GetProperty("value").EnumerateArray().Select(row => new ConsentChange
            {
                Id = JsonRead.Guid(row, "cr_wificonsentchangeid") ?? Guid.Empty,
                EventId = JsonRead.Text(row, "cr_eventid"),
                GuestId = JsonRead.Text(row, "cr_guestid"),
                Channel = JsonRead.Text(row, "cr_channel"),
                Granted = JsonRead.Bool(row, "cr_granted"),
                ChangedOn = JsonRead.Date(row, "cr_changedon"),
                DeliveryStatus = JsonRead.Int(row, "cr_deliverystatus"),
                Attempts = JsonRead.Int(row, "cr_attempts"),
            }).ToList();
        }

        /// <summary>Marks a change the platform has applied as delivered, so it is not sent again.</summary>
        public Task AcknowledgeAsync(Guid changeId, CancellationToken cancel = default) =>
            _transport.Patch(
                LedgerSet + "(" + changeId.ToString("D") + ")",
                json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("cr_deliverystatus", (int)ConsentDeliveryStatus.Delivered);
                    json.WriteEndObject();
                },
                cancel);

        private static void Optional(Utf8JsonWriter json, string name, string? value)
        {
            if (value != null)
            {
                json.WriteString(name, value);
            }
        }
    }
}
