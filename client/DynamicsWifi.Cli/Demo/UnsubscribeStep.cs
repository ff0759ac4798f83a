using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Receiver;
using DynamicsWifi.Client;
using DynamicsWifi.Client.Consent;
using DynamicsWifi.Client.Http;
using Spectre.Console;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>The demo's consent step (DESIGN.md 5): a local consent receiver is set as the webhook, a marketer
    /// unsubscribes a guest in "Dynamics" (Do not allow Bulk Emails on the contact, as a System Administrator), and the
    /// change arrives at the receiver, signed. Skipped, saying so, when the host's solution has no consent ledger yet.</summary>
    public static class UnsubscribeStep
    {
        public const string WebhookUrlVariable = "cr_WifiConsentWebhookUrl";
        public const string SigningSecretName = "WebhookSigningSecret";

        /// <returns>"delivered", "skipped" or "not delivered".</returns>
        public static async Task<string> RunAsync(IAnsiConsole console, WifiClient admin, TimeSpan patience)
        {
            console.Write(new Rule("[bold]Unsubscribe in Dynamics, delivered to the WiFi platform[/]").LeftJustified());
            if (!await admin.Consent.IsAvailableAsync().ConfigureAwait(false))
            {
                console.MarkupLine("[yellow]Skipped:[/] this host's solution has no consent ledger (cr_wificonsentchange) nor consent APIs yet, so an unsubscribe cannot travel to the platform. The step runs once the solution serves them.");
                return "skipped";
            }

            var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
            await using var receiver = await ConsentReceiver.StartAsync(secret).ConfigureAwait(false);
            var arrived = new TaskCompletionSource<ReceivedChange>(TaskCreationOptions.RunContinuationsAsynchronously);
            receiver.Received += change => arrived.TrySetResult(change);
            receiver.Refused += reason => console.MarkupLine("[red]receiver refused a call:[/] " + Markup.Escape(reason));
            HttpClient.DefaultProxy = new ReceiverNameProxy(new Uri(receiver.Url));
            var webhookUrl = "http://" + ReceiverNameProxy.HostName + ConsentReceiver.Path;
            await Configure(admin, webhookUrl, secret).ConfigureAwait(false);
            console.MarkupLine($"Consent receiver listening at [bold]{receiver.Url}[/], set as {WebhookUrlVariable} under the name [bold]{webhookUrl}[/] (the sandbox refuses localhost), and the {SigningSecretName} secret set.");

            var guest = (await admin.GetJsonAsync("contacts?$select=contactid,firstname,lastname&$filter=donotbulkemail eq false and cr_wifi_identitykey ne null&$top=1").ConfigureAwait(false))
                .GetProperty("value").EnumerateArray().First();
            var contactId = guest.GetProperty("contactid").GetString()!;
            await admin.SendJsonAsync("PATCH", "contacts(" + contactId + ")", "{\"donotbulkemail\":true}").ConfigureAwait(false);
            console.MarkupLine($"A marketer set [bold]Do not allow Bulk Emails[/] on {Markup.Escape(guest.GetProperty("firstname").GetString() + " " + guest.GetProperty("lastname").GetString())} ({contactId}).");

            var first = await Task.WhenAny(arrived.Task, Task.Delay(patience)).ConfigureAwait(false);
            if (first != arrived.Task)
            {
                console.MarkupLine($"[red]Not delivered within {patience.TotalSeconds:N0} s.[/] The ledger row stays pending; cr_RedeliverWifiConsentChanges retries it.");
                return "not delivered";
            }

            var change = arrived.Task.Result;
            console.MarkupLine($"[green]Arrived, signature verified[/] (Idempotency-Key {Markup.Escape(change.EventId)}): {Markup.Escape(change.Body)}");
            return "delivered";
        }

        private static async Task Configure(WifiClient admin, string webhookUrl, string secret)
        {
            var definition = (await admin.GetJsonAsync("environmentvariabledefinitions?$select=environmentvariabledefinitionid&$filter=schemaname eq '" + WebhookUrlVariable + "'").ConfigureAwait(false))
                .GetProperty("value").EnumerateArray().First().GetProperty("environmentvariabledefinitionid").GetString();
            await admin.SendJsonAsync("POST", "environmentvariablevalues", JsonSerializer.Serialize(new System.Collections.Generic.Dictionary<string, string>
            {
                ["schemaname"] = WebhookUrlVariable,
                ["value"] = webhookUrl,
                ["environmentvariabledefinitionid@odata.bind"] = "/environmentvariabledefinitions(" + definition + ")",
            })).ConfigureAwait(false);
            await admin.SendJsonAsync("POST", "cr_wifisecrets", JsonSerializer.Serialize(new { cr_name = SigningSecretName, cr_value = secret })).ConfigureAwait(false);
        }
    }
}
