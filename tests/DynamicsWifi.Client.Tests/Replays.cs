using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Demo;
using DynamicsWifi.Cli.Replay;
using DynamicsWifi.Client.Batching;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>A load file replayed as `wifi replay` does (the file read, then batches through the client), and the
    /// session ids Dataverse holds afterwards.</summary>
    internal static class Replays
    {
        public static (string Path, IReadOnlyList<string> Sessions) LoadFileOf(int count)
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("wifi-load-").FullName, "logins.jsonl");
            return (path, LoadFile.Write(path, count, count / 4, 11));
        }

        public static Task<ReplaySummary> Batches(WifiClient client, string file, LoginSenderOptions? options = null)
        {
            var fields = new EventFields(TimeZoneInfo.Utc);
            var logins = EventFile.Read(file).Select(fields.Read).ToList();
            return new ReplayRun(client, ReplayMode.Batches, options).RunAsync(logins);
        }

        public static async Task<IReadOnlyList<string>> StoredSessionIds(WifiClient admin)
        {
            var ids = new List<string>();
            string? next = "cr_wifivisits?$select=cr_sessionid";
            while (next != null)
            {
                var page = await admin.GetJsonAsync(next);
                ids.AddRange(page.GetProperty("value").EnumerateArray().Select(row => row.GetProperty("cr_sessionid").GetString()!));
                next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            }

            return ids;
        }
    }
}
