using System.CommandLine;
using DynamicsWifi.Cli.Demo;
using Spectre.Console;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>`wifi demo [--exit] [--guests N] [--seed N] [--data FILE] [--port N]`.</summary>
    internal static class DemoCommand
    {
        public static Command Build()
        {
            var exit = new Option<bool>("--exit") { Description = "Stop when the demo is done instead of keeping the host running." };
            var guests = new Option<int>("--guests") { Description = "Guests in the day's list.", DefaultValueFactory = _ => 400 };
            var seed = new Option<int>("--seed") { Description = "The same seed makes the same day.", DefaultValueFactory = _ => 2026 };
            var data = new Option<string>("--data") { Description = "The SQLite data file, made fresh.", DefaultValueFactory = _ => "dynamicswifi-demo.db" };
            var port = new Option<int>("--port") { Description = "The host's HTTPS port; 0 takes a free one." };
            var command = new Command("demo", "Run the whole product locally: a day of WiFi logins into Dynamics, and what a marketer sees.") { exit, guests, seed, data, port };
            command.SetAction(async (parse, cancel) =>
            {
                var demo = new DemoRun { Exit = parse.GetValue(exit), Guests = parse.GetValue(guests), Seed = parse.GetValue(seed), DataFile = parse.GetValue(data)!, Port = parse.GetValue(port) };
                var result = await demo.RunAsync(AnsiConsole.Console, cancel).ConfigureAwait(false);
                return result.Replay.Failed == 0 ? 0 : 1;
            });
            return command;
        }
    }
}
