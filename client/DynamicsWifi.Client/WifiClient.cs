using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Client.Consent;
using DynamicsWifi.Client.Http;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client
{
    /// <summary>Typed calls to Dynamics WiFi's custom APIs over the Web API (DESIGN.md 4), each retried on transient
    /// faults and throttling; every call is safe to repeat. Consent calls are under <see cref="Consent"/>.</summary>
    public sealed class WifiClient : IDisposable
    {
        private const string IngestBatchSelect = "$select=cr_wifiingestbatchid,cr_status,cr_results";
        private readonly WebApiTransport _transport;

        public WifiClient(WifiClientOptions options)
        {
            Statistics = new CallStatistics();
            _transport = new WebApiTransport(options, Statistics);
            Consent = new WifiConsent(_transport);
        }

        public CallStatistics Statistics { get; }

        public WifiConsent Consent { get; }

        /// <summary>cr_RecordWifiAuthentication: records one login at once. A refused login (HTTP 400 with WIFI_ codes) is
        /// a Rejected result naming every field, not an exception.</summary>
        public async Task<EventResult> RecordAsync(GuestEvent login, CancellationToken cancel = default)
        {
            JsonElement answer;
            try
            {
                answer = (await _transport.Post("cr_RecordWifiAuthentication", json => GuestEventJson.Write(json, login), cancel).ConfigureAwait(false))!.Value;
            }
            catch (WifiApiException refused) when (refused.StatusCode == 400 && refused.WifiCode != null)
            {
                return EventResult.Rejected(login, WifiErrorMessage.Errors(refused.Message));
            }

            return EventResult.Succeeded(
                login,
                OutcomeJson.Outcome(JsonRead.Text(answer, "Outcome")),
                JsonRead.Guid(answer, "ContactId"),
                JsonRead.Guid(answer, "VisitId"),
                JsonRead.Bool(answer, "ContactCreated"),
                JsonRead.Bool(answer, "ReturningGuest"),
                JsonRead.Int(answer, "VisitCount"));
        }

        /// <summary>cr_RecordWifiAuthentications: validates up to 500 logins and stores the valid ones for asynchronous
        /// recording. A repeated <paramref name="batchId"/> returns the first call's answer and writes nothing.</summary>
        public async Task<BatchAcceptance> SubmitBatchAsync(IReadOnlyList<GuestEvent> logins, string batchId, CancellationToken cancel = default)
        {
            var events = EventsJson(logins);
            var answer = (await _transport.Post(
                "cr_RecordWifiAuthentications",
                json =>
                {
                    json.WriteStartObject();
                    json.WriteString("Events", events);
                    json.WriteString("BatchId", batchId);
                    json.WriteEndObject();
                },
                cancel).ConfigureAwait(false))!.Value;
            return new BatchAcceptance(
                JsonRead.Text(answer, "BatchId") ?? batchId,
                JsonRead.Int(answer, "Accepted") ?? 0,
                OutcomeJson.Rejections(JsonRead.Text(answer, "Rejected")),
                JsonRead.Guid(answer, "IngestBatchId") ?? Guid.Empty);
        }

        /// <summary>One stored batch's row, or null when there is none.</summary>
        public async Task<IngestBatchState?> ReadBatchAsync(Guid ingestBatchId, CancellationToken cancel = default)
        {
            var row = await _transport.GetOrNull("cr_wifiingestbatches(" + ingestBatchId.ToString("D") + ")?" + IngestBatchSelect, cancel).ConfigureAwait(false);
            return row == null ? null : BatchState(row.Value);
        }

        /// <summary>Of the given stored batches, those the asynchronous step has finished (completed, with errors, or
        /// failed), with their per-event outcomes: one request for up to 50 batches, whatever their number finished.</summary>
        public async Task<IReadOnlyList<IngestBatchState>> ReadFinishedBatchesAsync(IReadOnlyCollection<Guid> ingestBatchIds, CancellationToken cancel = default)
        {
            var finished = new List<IngestBatchState>();
            foreach (var chunk in ingestBatchIds.Select((id, index) => (id, index)).GroupBy(pair => pair.index / 50, pair => pair.id))
            {
                var filter = "cr_wifiingestbatchid in (" + string.Join(",", chunk.Select(id => id.ToString("D"))) + ") and cr_status ge " + (int)IngestBatchStatus.Completed;
                var page = await _transport.Get("cr_wifiingestbatches?" + IngestBatchSelect + "&$filter=" + Uri.EscapeDataString(filter), cancel).ConfigureAwait(false);
                finished.AddRange(page!.Value.GetProperty("value").EnumerateArray().Select(BatchState));
            }

            return finished;
        }

        /// <summary>The guest's contact by identity key (see <see cref="Identity.GuestIdentityKey"/>), or null.</summary>
        public async Task<GuestRecord?> ReadGuestAsync(string identityKey, CancellationToken cancel = default)
        {
            var select = "contactid,cr_wifi_identitykey,cr_wifi_guestid,cr_wifi_first_visit,cr_wifi_last_visit,cr_wifi_visit_count,cr_wifi_session_count,"
                + "cr_wifi_total_dwell,cr_wifi_avg_dwell,cr_wifi_zone_preference,donotbulkemail,donotemail,cr_consent_wifi_date,cr_consent_wifi_channel";
            var row = await _transport.GetOrNull("contacts(cr_wifi_identitykey='" + identityKey.Replace("'", "''") + "')?$select=" + select, cancel).ConfigureAwait(false);
            if (row == null)
            {
                return null;
            }

            var contact = row.Value;
            return new GuestRecord
            {
                ContactId = JsonRead.Guid(contact, "contactid") ?? Guid.Empty,
                IdentityKey = JsonRead.Text(contact, "cr_wifi_identitykey"),
                GuestId = JsonRead.Text(contact, "cr_wifi_guestid"),
                FirstVisit = JsonRead.Date(contact, "cr_wifi_first_visit"),
                LastVisit = JsonRead.Date(contact, "cr_wifi_last_visit"),
                VisitCount = JsonRead.Int(contact, "cr_wifi_visit_count"),
                SessionCount = JsonRead.Int(contact, "cr_wifi_session_count"),
                TotalDwellMinutes = JsonRead.Int(contact, "cr_wifi_total_dwell"),
                AverageDwellMinutes = JsonRead.Int(contact, "cr_wifi_avg_dwell"),
                ZonePreference = JsonRead.Text(contact, "cr_wifi_zone_preference"),
                DoNotBulkEmail = JsonRead.Bool(contact, "donotbulkemail"),
                DoNotEmail = JsonRead.Bool(contact, "donotemail"),
                ConsentDate = JsonRead.Date(contact, "cr_consent_wifi_date"),
                ConsentChannel = JsonRead.Text(contact, "cr_consent_wifi_channel"),
            };
        }

        /// <summary>Any Web API GET under the service root (a query the typed calls do not cover), as JSON.</summary>
        public async Task<JsonElement> GetJsonAsync(string relativeUrl, CancellationToken cancel = default) =>
            (await _transport.Get(relativeUrl, cancel).ConfigureAwait(false))!.Value;

        /// <summary>Any other Web API write (POST, PATCH) with a JSON body under the service root; the answer's JSON or null.</summary>
        public Task<JsonElement?> SendJsonAsync(string method, string relativeUrl, string json, CancellationToken cancel = default) =>
            method == "PATCH"
                ? _transport.Patch(relativeUrl, writer => writer.WriteRawValue(json), cancel)
                : _transport.Post(relativeUrl, writer => writer.WriteRawValue(json), cancel);

        public void Dispose() => _transport.Dispose();

        private static IngestBatchState BatchState(JsonElement row) => new IngestBatchState(
            JsonRead.Guid(row, "cr_wifiingestbatchid") ?? Guid.Empty,
            (IngestBatchStatus)(JsonRead.Int(row, "cr_status") ?? (int)IngestBatchStatus.Pending),
            OutcomeJson.Results(JsonRead.Text(row, "cr_results")));

        private static string EventsJson(IReadOnlyList<GuestEvent> logins)
        {
            using (var buffer = new MemoryStream())
            {
                using (var json = new Utf8JsonWriter(buffer))
                {
                    json.WriteStartArray();
                    foreach (var login in logins)
                    {
                        GuestEventJson.Write(json, login);
                    }

                    json.WriteEndArray();
                }

                return Encoding.UTF8.GetString(buffer.ToArray());
            }
        }
    }
}
