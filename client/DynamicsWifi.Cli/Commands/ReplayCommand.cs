using System;
using System.CommandLine;
using System.Linq;
using DynamicsWifi.Cli.Replay;
using DynamicsWifi.Client;
using Spectre.Console;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>`wifi replay FILE`: a CSV or JSON-lines file of logins, through the client, with a progress bar and a summary.</summary>
    internal static class ReplayCommand
    {
        public static Command Build()
        {
            var file = new Argument<string>("FILE") { Description = "CSV with a header row, or JSON lines, with cr_RecordWifiAuthentication's field names." };
            var timezone = new Option<string>("--timezone") { Description = "The time zone of times without an offset (IANA or Windows id).", DefaultValueFactory = _ => "UTC" };
            var single = new Option<bool>("--single") { Description = "One call per login instead of batches of 500." };
            var connection = new ConnectionOptions();
            var command = new Command("replay", "Replay a file of logins against the local host or an environment.") { file, timezone, single };
            connection.AddTo(command);
            command.SetAction(async (parse, cancel) =>
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(parse.GetValue(timezone)!);
                var fields = new EventFields(zone);
                var logins = EventFile.Read(parse.GetValue(file)!).Select(fields.Read).ToList();
                using var client = new WifiClient(connection.Read(parse));
                var mode = parse.GetValue(single) ? ReplayMode.Single : ReplayMode.Batches;
                var run = new ReplayRun(client, mode);
                var summary = await ReplayProgress.Run(AnsiConsole.Console, mode == ReplayMode.Single ? "single calls" : "batches of 500", logins.Count, tick => run.RunAsync(logins, tick)).ConfigureAwait(false);
                AnsiConsole.Write(SummaryView.Render(summary, "Times without an offset read as " + zone.Id + "."));
                return summary.Failed == 0 ? 0 : 1;
            });
            return command;
        }
    }
}
