using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Receiver;
using Spectre.Console;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>`wifi receiver`: a consent webhook that verifies signatures and prints each change, until Ctrl+C.</summary>
    internal static class ReceiverCommand
    {
        public const string SecretVariable = "WIFI_WEBHOOK_SECRET";

        public static Command Build()
        {
            var port = new Option<int>("--port") { Description = "The HTTP port on 127.0.0.1.", DefaultValueFactory = _ => 5080 };
            var command = new Command("receiver", "Receive consent changes from Dynamics, signed with the secret in " + SecretVariable + ".") { port };
            command.SetAction(async (parse, cancel) =>
            {
                var secret = Environment.GetEnvironmentVariable(SecretVariable);
                if (string.IsNullOrEmpty(secret))
                {
                    Console.Error.WriteLine("Set " + SecretVariable + " to the WebhookSigningSecret kept in cr_wifisecret.");
                    return 2;
                }

                await using var receiver = await ConsentReceiver.StartAsync(secret, parse.GetValue(port)).ConfigureAwait(false);
                receiver.Received += change => AnsiConsole.MarkupLine($"[green]verified[/] {Markup.Escape(change.EventId)}  {Markup.Escape(change.Body)}");
                receiver.Refused += reason => AnsiConsole.MarkupLine($"[red]refused[/] {Markup.Escape(reason)}");
                AnsiConsole.MarkupLine($"Consent webhook at [bold]{receiver.Url}[/] (set cr_WifiConsentWebhookUrl to it). Ctrl+C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }

                return 0;
            });
            return command;
        }
    }
}
