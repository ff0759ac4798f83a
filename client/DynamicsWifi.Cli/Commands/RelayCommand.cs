using System;
using System.CommandLine;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Relay.Hosting;
using DynamicsWifi.Relay.Queue;
using DynamicsWifi.Relay.Status;
using Spectre.Console;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>`wifi relay`: the spike absorber (client/DynamicsWifi.Relay/README.md) until Ctrl+C; `wifi relay status`
    /// prints a running relay's queue, rates, throttling and dead letters. Secrets come from the environment only:
    /// WIFI_RELAY_SECRET (and WIFI_RELAY_PREVIOUS_SECRET while rotating), WIFI_RELAY_SERVICEBUS.</summary>
    internal static class RelayCommand
    {
        public const string SecretVariable = "WIFI_RELAY_SECRET";
        public const string PreviousSecretVariable = "WIFI_RELAY_PREVIOUS_SECRET";
        public const string ServiceBusVariable = "WIFI_RELAY_SERVICEBUS";

        public static Command Build()
        {
            var connection = new ConnectionOptions();
            var port = new Option<int>("--port") { Description = "The HTTP port webhooks are posted to; 0 takes a free one.", DefaultValueFactory = _ => 5090 };
            var listen = new Option<string>("--listen") { Description = "The address to listen on; loopback unless a TLS proxy in front needs more.", DefaultValueFactory = _ => "127.0.0.1" };
            var queue = new Option<string>("--queue") { Description = "The SQLite queue file.", DefaultValueFactory = _ => "wifi-relay.db" };
            var maxDepth = new Option<long>("--max-depth") { Description = "Events the queue holds at most; past it webhooks get 503 with Retry-After.", DefaultValueFactory = _ => 1_000_000 };
            var maxBody = new Option<long>("--max-body-bytes") { Description = "The largest webhook body; larger ones get 413.", DefaultValueFactory = _ => 1024 * 1024 };
            var timeZone = new Option<string>("--timezone") { Description = "The time zone (IANA id) of journey times sent without an offset.", DefaultValueFactory = _ => "UTC" };
            var lease = new Option<int>("--lease-seconds") { Description = "How long a relay that died keeps the SQLite drain lease.", DefaultValueFactory = _ => 15 };
            var serviceBus = new Option<string?>("--service-bus-queue") { Description = "Use this Azure Service Bus queue (connection string from " + ServiceBusVariable + ") instead of the SQLite file." };
            var noDrain = new Option<bool>("--no-drain") { Description = "Take webhooks only; another relay drains." };
            var command = new Command("relay", "Take the WiFi platform's signed webhooks into a durable queue and feed Dataverse at the rate it accepts.")
            {
                port, listen, queue, maxDepth, maxBody, timeZone, lease, serviceBus, noDrain, StatusCommand(),
            };
            connection.AddTo(command);
            command.SetAction(async (parse, cancel) =>
            {
                var options = new RelayOptions
                {
                    Address = IPAddress.Parse(parse.GetValue(listen)!),
                    Port = parse.GetValue(port),
                    SigningSecrets = new[] { SecretVariable, PreviousSecretVariable }.Select(Environment.GetEnvironmentVariable).Where(secret => !string.IsNullOrEmpty(secret)).ToArray()!,
                    MaxBodyBytes = parse.GetValue(maxBody),
                    JourneyTimeZone = TimeZoneInfo.FindSystemTimeZoneById(parse.GetValue(timeZone)!),
                    Sqlite = new SqliteQueueOptions { Path = parse.GetValue(queue)!, MaxDepth = parse.GetValue(maxDepth), LeaseDuration = TimeSpan.FromSeconds(parse.GetValue(lease)) },
                    ServiceBus = parse.GetValue(serviceBus) is string name ? new ServiceBusQueueOptions { QueueName = name, ConnectionString = Required(ServiceBusVariable) } : null,
                    Drain = !parse.GetValue(noDrain),
                };
                if (options.SigningSecrets.Count == 0)
                {
                    Required(SecretVariable);
                }

                await using var relay = await RelayServer.StartAsync(options, connection.Read(parse)).ConfigureAwait(false);
                Console.WriteLine("Relay           " + relay.Url + "events  (signed webhooks: X-Wifi-Timestamp, X-Wifi-Signature)");
                Console.WriteLine("Queue           " + (options.ServiceBus != null ? "Service Bus queue " + options.ServiceBus.QueueName : System.IO.Path.GetFullPath(options.Sqlite.Path)));
                Console.WriteLine("Status          wifi relay status --url " + relay.Url + "   (metrics: " + relay.Url + "metrics)");
                Console.WriteLine("Press Ctrl+C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("Stopping: unsettled batches are sent again under their BatchIds at the next start.");
                }

                return 0;
            });
            return command;
        }

        private static Command StatusCommand()
        {
            var url = new Option<string>("--url") { Description = "The relay's address.", DefaultValueFactory = _ => "http://127.0.0.1:5090/" };
            var command = new Command("status", "Print a running relay's queue depth, oldest event, rates, 429s and waits, dead letters by code.") { url };
            command.SetAction(async (parse, cancel) =>
            {
                using var http = new HttpClient { BaseAddress = new Uri(parse.GetValue(url)!.TrimEnd('/') + "/") };
                var status = await http.GetFromJsonAsync<RelayStatus>("status", cancel).ConfigureAwait(false);
                Show(status!);
                return 0;
            });
            return command;
        }

        private static void Show(RelayStatus status)
        {
            var table = new Table().AddColumn("").AddColumn(new TableColumn("").RightAligned()).HideHeaders();
            table.AddRow("Queue depth", status.QueueDepth?.ToString("N0") ?? "unknown");
            table.AddRow("Oldest event", status.OldestEventAgeSeconds is double age ? age.ToString("N1") + " s" : "none waiting");
            table.AddRow("Events in / out per second", status.EventsInPerSecond.ToString("N0") + " / " + status.EventsOutPerSecond.ToString("N0"));
            table.AddRow("Accepted / recorded / dead-lettered / retried", $"{status.EventsAccepted:N0} / {status.EventsRecorded:N0} / {status.EventsDeadLettered:N0} / {status.EventsRetried:N0}");
            table.AddRow("Draining (holds the lease)", status.Draining ? "yes" : "no");
            table.AddRow("Batches sent / waiting to be recorded", $"{status.BatchesSent:N0} / {status.BatchesUnrecorded:N0}");
            table.AddRow("API calls / 429s", $"{status.ApiCalls:N0} / {status.Throttled429:N0}");
            table.AddRow("Waited: Retry-After / own pauses", $"{status.RetryAfterWaitSeconds:N1} s / {status.DrainPauseSeconds:N1} s");
            foreach (var dead in status.DeadLettersByCode)
            {
                table.AddRow("Dead letters " + Markup.Escape(dead.Key), dead.Value.ToString("N0"));
            }

            AnsiConsole.Write(table);
        }

        private static string Required(string variable) =>
            Environment.GetEnvironmentVariable(variable) is string value && value.Length > 0 ? value : throw new ArgumentException("Set " + variable + " in the environment.");
    }
}
