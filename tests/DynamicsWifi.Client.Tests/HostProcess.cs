using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Tests;

namespace DynamicsWifi.Client.Tests
{
    /// <summary>`wifi host` as its own process on a given port and data file, so a test can kill it outright (no shutdown
    /// code runs) and start it again on the same file; the connection file it writes tells the client where it is.</summary>
    internal sealed class HostProcess : IDisposable
    {
        private readonly ChildProcess _process;

        private HostProcess(Process process, LocalConnection connection)
        {
            _process = new ChildProcess(process);
            Connection = connection;
        }

        public LocalConnection Connection { get; }

        public static async Task<HostProcess> Start(string dataFile, int port)
        {
            var configuration = typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;
            var wifi = Path.Combine(LocalHost.RepoRoot, "client", "DynamicsWifi.Cli", "bin", configuration, "net10.0", "wifi.dll");
            var connectionFile = dataFile + ".connection.json";
            File.Delete(connectionFile);
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { wifi, "host", "--data", dataFile, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--connection-file", connectionFile })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            for (var waited = 0; !File.Exists(connectionFile); waited += 100)
            {
                if (process.HasExited || waited > 120_000)
                {
                    process.Kill(true);
                    throw new InvalidOperationException("wifi host did not start.");
                }

                await Task.Delay(100);
            }

            await Task.Delay(200);
            return new HostProcess(process, LocalConnection.Read(connectionFile));
        }

        public void Kill() => _process.Kill();

        public void Dispose() => _process.Dispose();
    }
}
