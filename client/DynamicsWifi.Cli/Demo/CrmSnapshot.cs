using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Client;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>What Dataverse holds after the replay, read over the Web API as any report would: contacts with their WiFi
    /// columns (whatever the solution fills in) and the sessions' start, venue and zone.</summary>
    public sealed class CrmSnapshot
    {
        private CrmSnapshot(IReadOnlyList<JsonElement> contacts, IReadOnlyList<JsonElement> sessions)
        {
            Contacts = contacts;
            Sessions = sessions;
        }

        public IReadOnlyList<JsonElement> Contacts { get; }

        public IReadOnlyList<JsonElement> Sessions { get; }

        public static async Task<CrmSnapshot> ReadAsync(WifiClient client)
        {
            var contacts = await All(client, "contacts?$select=contactid,firstname,lastname,cr_wifi_identitykey,cr_wifi_visit_count,cr_wifi_session_count,cr_wifi_total_dwell,cr_wifi_avg_dwell,cr_wifi_zone_preference,donotbulkemail,emailaddress1&$filter=cr_wifi_identitykey ne null").ConfigureAwait(false);
            var sessions = await All(client, "cr_wifivisits?$select=cr_sessionid,cr_sessionstart,cr_venue,cr_zone,_cr_contactid_value").ConfigureAwait(false);
            return new CrmSnapshot(contacts, sessions);
        }

        private static async Task<IReadOnlyList<JsonElement>> All(WifiClient client, string query)
        {
            var rows = new List<JsonElement>();
            string? next = query;
            while (next != null)
            {
                var page = await client.GetJsonAsync(next).ConfigureAwait(false);
                rows.AddRange(page.GetProperty("value").EnumerateArray());
                next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            }

            return rows;
        }
    }
}
