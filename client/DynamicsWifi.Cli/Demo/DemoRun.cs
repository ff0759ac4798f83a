using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Cli.Replay;
using DynamicsWifi.Client;
using DynamicsWifi.Emulator.WebApi.Hosting;
using Spectre.Console;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>`wifi demo`: the local host in this process on a fresh data file, a generated day replayed through the
    /// client (today's logins as they happen, then the nightly batch), the marketer's view, the unsubscribe step, and how
    /// to query the same data with curl while the host runs on (or stop with --exit).</summary>
    public sealed class DemoRun
    {
        public int Guests { get; init; } = 400;

        public int Seed { get; init; } = 2026;

        public string DataFile { get; init; } = "dynamicswifi-demo.db";

        public int Port { get; init; }

        public bool Exit { get; init; }

        public async Task<DemoResult> RunAsync(IAnsiConsole console, CancellationToken cancel)
        {
            var clock = Stopwatch.StartNew();
            var dataFile = Path.GetFullPath(DataFile);
            foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
            {
                File.Delete(file);
            }

            await using var host = await LocalWebApi.StartAsync(RepositorySolution.Path(), dataFile, Port).ConfigureAwait(false);
            console.MarkupLine($"Local Dataverse Web API at [bold]{host.ServiceRoot}[/] (data: {Markup.Escape(dataFile)}), started in {clock.Elapsed.TotalSeconds:N1} s.");
            var day = DemoDay.Generate(Guests, Seed, DateTime.UtcNow);
            console.MarkupLine($"Generated a day at {DemoVenues.All.Count} venues: {Guests} guests in the list, {day.Live.Count} logins on {day.DayStart:yyyy-MM-dd} ({day.DayStart:HH:mm} to {day.Now:HH:mm} UTC), {day.Nightly.Count} in the nightly batch (seed {Seed}).");

            using var client = new WifiClient(LocalConnection.For(host).ClientOptions());
            var run = new ReplayRun(client, ReplayMode.Batches);
            var live = await Replay(console, run, "the day's logins", day.Live).ConfigureAwait(false);
            var nightly = await Replay(console, run, "nightly batch", day.Nightly).ConfigureAwait(false);
            var replay = live.Then(nightly);
            console.Write(SummaryView.Render(replay, "As the WiFi Integration application user, in batches of up to 500."));

            using var admin = new WifiClient(LocalConnection.For(host, LocalConnection.AdministratorRole).ClientOptions());
            var crm = await CrmSnapshot.ReadAsync(admin).ConfigureAwait(false);
            MarketerView.Show(console, crm, replay, day.DayStart);
            var unsubscribe = await UnsubscribeStep.RunAsync(console, admin, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
            var result = new DemoResult(day, replay, crm, unsubscribe, clock.Elapsed);
            console.MarkupLine(string.Format(CultureInfo.InvariantCulture, "Demo finished in {0:N1} s.", clock.Elapsed.TotalSeconds));
            if (!Exit)
            {
                Curl(console, host, dataFile);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    console.MarkupLine("Stopping.");
                }
            }

            return result;
        }

        private static Task<ReplaySummary> Replay(IAnsiConsole console, ReplayRun run, string title, System.Collections.Generic.IReadOnlyList<Client.Model.GuestEvent> logins) =>
            ReplayProgress.Run(console, title, logins.Count, tick => run.RunAsync(logins.Select(login => ((Client.Model.GuestEvent?)login, (Client.Model.EventError?)null)).ToList(), tick));

        private static void Curl(IAnsiConsole console, LocalWebApi host, string dataFile)
        {
            var certificate = host.WriteCertificate(Path.ChangeExtension(dataFile, ".pem"));
            var client = host.Client(LocalConnection.AdministratorRole);
            console.Write(new Rule("[bold]The host keeps running: query the same data[/]").LeftJustified());
            console.WriteLine($"TOKEN=$(curl -s --cacert '{certificate}' -d grant_type=client_credentials -d client_id={client.ClientId} -d 'client_secret={client.Secret}' -d 'scope={host.Scope}' {host.TokenEndpoint} | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
            console.WriteLine($"curl -s --cacert '{certificate}' -H \"Authorization: Bearer $TOKEN\" '{host.ServiceRoot}contacts?$select=firstname,lastname,cr_wifi_visit_count&$top=5'");
            console.WriteLine($"curl -s --cacert '{certificate}' -H \"Authorization: Bearer $TOKEN\" '{host.ServiceRoot}cr_wifivisits?$select=cr_venue,cr_zone,cr_sessionstart&$top=5'");
            console.MarkupLine("Press [bold]Ctrl+C[/] to stop the host.");
        }
    }
}
