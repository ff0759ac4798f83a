using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>What the host prints at start: where it listens, the authority, the clients with their secrets (local
    /// development credentials, printed so a developer can use them at once), and a curl example.</summary>
    internal static class Banner
    {
        public static string Text(WebApiHost host, HostOptions options, string certificateFile)
        {
            var authority = host.Authority;
            var metadata = host.Emulator.Metadata;
            var limits = options.Limits;
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Dynamics WiFi local Web API: {Path.GetFullPath(options.SolutionPath)} ({metadata.Tables.Count} tables, {metadata.CustomApis.Count} custom APIs)");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Web API      {authority.ServiceRoot}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Authority    {authority.Authority}  (token endpoint {authority.TokenEndpoint})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Scope        {authority.Resource}/.default");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Certificate  {certificateFile}  (self-signed: pin it, or curl --cacert it)");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Data         {(options.InMemory ? "in memory (nothing is kept)" : Path.GetFullPath(options.DataFile))}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Async jobs   {(options.HoldAsyncJobs ? "held: queued, none run (test switch)" : "run in the background")}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Throttling   {(!limits.Enabled ? "off" : $"{limits.RequestsPerWindow} requests and {limits.ExecutionMillisecondsPerWindow} ms per user per {(int)limits.Window.TotalSeconds} s, {limits.ConcurrentRequests} concurrent" + (limits.ThrottledFraction > 0 ? $", and {limits.ThrottledFraction:P0} of calls refused (test switch)" : string.Empty))}");
            text.AppendLine("  Clients (client id, client secret, security role of its application user):");
            foreach (var client in host.Clients)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {client.ClientId}  {client.Secret}  {client.RoleName}");
            }

            var first = host.Clients.First();
            text.AppendLine("Try it:");
            text.AppendLine(CultureInfo.InvariantCulture, $"  TOKEN=$(curl -s --cacert '{certificateFile}' -d grant_type=client_credentials -d client_id={first.ClientId} -d 'client_secret={first.Secret}' -d 'scope={authority.Resource}/.default' {authority.TokenEndpoint} | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
            text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s --cacert '{certificateFile}' -H \"Authorization: Bearer $TOKEN\" {authority.ServiceRoot}WhoAmI");
            text.Append("Press Ctrl+C to stop.");
            return text.ToString();
        }
    }
}
