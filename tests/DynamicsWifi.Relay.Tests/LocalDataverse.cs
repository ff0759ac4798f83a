using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Client;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>The local Web API host in this process (in memory, on a free port), standing in for Dataverse, and what
    /// it holds: sessions, read with FetchXML aggregates as an admin would.</summary>
    internal static class LocalDataverse
    {
        public static readonly string RepoRoot = Metadata("RepoRoot");

        public static Task<LocalWebApi> Start(double throttledFraction = 0) =>
            LocalWebApi.StartAsync(Path.Combine(RepoRoot, "Solution"), null, 0, throttledFraction, throttle: throttledFraction > 0);

        public static WifiClientOptions Integration(LocalWebApi host) => LocalConnection.For(host).ClientOptions();

        public static async Task<long> Sessions(LocalWebApi host) =>
            await Aggregate(host, "cr_wifivisit", "<attribute name='cr_wifivisitid' aggregate='count' alias='n'/>").ConfigureAwait(false);

        public static string Metadata(string key) =>
            typeof(LocalDataverse).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;

        private static async Task<long> Aggregate(LocalWebApi host, string table, string attribute)
        {
            using var admin = new WifiClient(LocalConnection.For(host, LocalConnection.AdministratorRole).ClientOptions());
            var fetch = "<fetch aggregate='true'><entity name='" + table + "'>" + attribute + "</entity></fetch>";
            var page = await admin.GetJsonAsync(table + "s?fetchXml=" + Uri.EscapeDataString(fetch)).ConfigureAwait(false);
            var value = page.GetProperty("value")[0].GetProperty("n");
            return value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(value.GetString() ?? "0", CultureInfo.InvariantCulture);
        }
    }
}
