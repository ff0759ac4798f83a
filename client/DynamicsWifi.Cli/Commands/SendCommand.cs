using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Client;
using DynamicsWifi.Client.Model;
using Spectre.Console;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>`wifi send`: one login through cr_RecordWifiAuthentication, and its answer.</summary>
    internal static class SendCommand
    {
        public static Command Build()
        {
            var session = new Option<string>("--session") { Description = "SessionId.", Required = true };
            var venue = new Option<string>("--venue") { Description = "Venue.", Required = true };
            var email = new Option<string?>("--email") { Description = "Email (or --mobile)." };
            var mobile = new Option<string?>("--mobile") { Description = "Mobile (or --email)." };
            var start = new Option<DateTime?>("--start") { Description = "SessionStart (ISO 8601, UTC if no offset); default now." };
            var end = new Option<DateTime?>("--end") { Description = "SessionEnd." };
            var zone = new Option<string?>("--zone") { Description = "Zone." };
            var first = new Option<string?>("--first-name") { Description = "FirstName." };
            var consent = new Option<bool?>("--can-receive-email") { Description = "CanReceiveEmail." };
            var connection = new ConnectionOptions();
            var command = new Command("send", "Record one login and print the answer.") { session, venue, email, mobile, start, end, zone, first, consent };
            connection.AddTo(command);
            command.SetAction(async (parse, cancel) =>
            {
                using var client = new WifiClient(connection.Read(parse));
                var result = await client.RecordAsync(
                    new GuestEvent
                    {
                        SessionId = parse.GetValue(session), Venue = parse.GetValue(venue), Email = parse.GetValue(email), Mobile = parse.GetValue(mobile),
                        SessionStart = Utc(parse.GetValue(start)) ?? DateTime.UtcNow, SessionEnd = Utc(parse.GetValue(end)), Zone = parse.GetValue(zone),
                        FirstName = parse.GetValue(first), CanReceiveEmail = parse.GetValue(consent),
                    },
                    cancel).ConfigureAwait(false);
                if (result.Outcome == RecordOutcome.Rejected)
                {
                    foreach (var error in result.Errors)
                    {
                        AnsiConsole.MarkupLine($"[red]{error.Code}[/] {Markup.Escape(error.Field ?? "-")}: {Markup.Escape(error.Message)}");
                    }

                    return 1;
                }

                AnsiConsole.MarkupLine(string.Format(CultureInfo.InvariantCulture, "[green]{0}[/] contact {1}{2}, session {3}, visit count {4}{5}",
                    result.Outcome.ToString().ToLowerInvariant(), result.ContactId, result.ContactCreated ? " (created)" : string.Empty, result.VisitId, result.VisitCount, result.ReturningGuest ? ", returning guest" : string.Empty));
                return 0;
            });
            return command;
        }

        private static DateTime? Utc(DateTime? value) => value?.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : value?.ToUniversalTime();
    }
}
