using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DynamicsWifi.Relay.Status
{
    /// <summary>The status in Prometheus' text exposition format (version 0.0.4), for GET /metrics. Written from the same
    /// snapshot as /status, so the two never disagree.</summary>
    internal static class PrometheusText
    {
        public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

        public static string Write(RelayStatus status)
        {
            var text = new StringBuilder();
            Metric(text, "wifi_relay_queue_depth", "gauge", "Events waiting in the queue.", status.QueueDepth);
            Metric(text, "wifi_relay_oldest_event_age_seconds", "gauge", "Age of the oldest waiting event.", status.OldestEventAgeSeconds ?? 0);
            Metric(text, "wifi_relay_events_in_per_second", "gauge", "Events queued per second over the last 10 seconds.", status.EventsInPerSecond);
            Metric(text, "wifi_relay_events_out_per_second", "gauge", "Events recorded or dead-lettered per second over the last 10 seconds.", status.EventsOutPerSecond);
            Metric(text, "wifi_relay_events_accepted_total", "counter", "Events queued by this process.", status.EventsAccepted);
            Metric(text, "wifi_relay_events_recorded_total", "counter", "Events Dataverse recorded, sent by this process.", status.EventsRecorded);
            Metric(text, "wifi_relay_events_dead_lettered_total", "counter", "Events this process dead-lettered after sending.", status.EventsDeadLettered);
            Metric(text, "wifi_relay_events_retried_total", "counter", "Events this process put back to be sent again.", status.EventsRetried);
            Labelled(text, "wifi_relay_outcomes_total", "counter", "Recorded events by outcome.", "outcome", status.Outcomes);
            Labelled(text, "wifi_relay_dead_letters", "gauge", "Dead letters in the queue by code.", "code", status.DeadLettersByCode);
            Labelled(text, "wifi_relay_webhooks_total", "counter", "Webhooks answered, by HTTP status.", "status", status.WebhooksByStatus);
            Metric(text, "wifi_relay_draining", "gauge", "1 while this process holds the drain lease.", status.Draining ? 1 : 0);
            Metric(text, "wifi_relay_batches_sent_total", "counter", "Batches sent to cr_RecordWifiAuthentications.", status.BatchesSent);
            Metric(text, "wifi_relay_batches_unrecorded", "gauge", "Stored batches Dataverse has not yet recorded.", status.BatchesUnrecorded);
            Metric(text, "wifi_relay_api_calls_total", "counter", "Web API requests sent, each attempt counted.", status.ApiCalls);
            Metric(text, "wifi_relay_throttled_total", "counter", "Web API requests answered 429.", status.Throttled429);
            Metric(text, "wifi_relay_retry_after_wait_seconds_total", "counter", "Time waited before retries, as Retry-After said.", status.RetryAfterWaitSeconds);
            Metric(text, "wifi_relay_drain_pause_seconds_total", "counter", "Time the drainer paused between batches to ease off.", status.DrainPauseSeconds);
            return text.ToString();
        }

        private static void Metric(StringBuilder text, string name, string type, string help, double? value)
        {
            Header(text, name, type, help);
            text.Append(name).Append(' ').AppendLine(Number(value));
        }

        private static void Labelled(StringBuilder text, string name, string type, string help, string label, IReadOnlyDictionary<string, long> values)
        {
            Header(text, name, type, help);
            foreach (var pair in values)
            {
                text.Append(name).Append('{').Append(label).Append("=\"").Append(pair.Key.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"} ").AppendLine(Number(pair.Value));
            }
        }

        private static void Header(StringBuilder text, string name, string type, string help) =>
            text.Append("# HELP ").Append(name).Append(' ').AppendLine(help).Append("# TYPE ").Append(name).Append(' ').AppendLine(type);

        private static string Number(double? value) => value.HasValue ? value.Value.ToString("0.###", CultureInfo.InvariantCulture) : "NaN";
    }
}
