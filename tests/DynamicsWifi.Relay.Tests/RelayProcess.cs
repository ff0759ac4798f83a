using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Tasks;
using DynamicsWifi.Relay.Status;
using DynamicsWifi.Tests;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>`wifi relay` as its own process, as an operator runs it, so a test can kill it outright (no clean stop, the
    /// lease left held) and start another on the same queue file.</summary>
    internal sealed class RelayProcess : IDisposable
    {
        private readonly ChildProcess _process;
        private readonly StringBuilder _output = new StringBuilder();
        private readonly HttpClient _http;

        private RelayProcess(Process process, Uri url)
        {
            _process = new ChildProcess(process);
            Url = url;
            _http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
            process.OutputDataReceived += (_, line) => Keep(line.Data);
            process.ErrorDataReceived += (_, line) => Keep(line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Uri Url { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static async Task<RelayProcess> Start(string connectionFile, string queueFile, int port)
        {
            var wifi = Path.Combine(LocalDataverse.RepoRoot, "client", "DynamicsWifi.Cli", "bin", LocalDataverse.Metadata("Configuration"), "net10.0", "wifi.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetTempPath(),
            };
            foreach (var argument in new[] { wifi, "relay", "--connection", connectionFile, "--queue", queueFile, "--port", port.ToString(), "--lease-seconds", "2" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["WIFI_RELAY_SECRET"] = SignedPoster.Secret;
            var relay = new RelayProcess(Process.Start(start)!, new Uri("http://127.0.0.1:" + port + "/"));
            await relay.Ready().ConfigureAwait(false);
            return relay;
        }

        public async Task<RelayStatus> Status() => (await _http.GetFromJsonAsync<RelayStatus>("status").ConfigureAwait(false))!;

        public void Kill() => _process.Kill();

        public void Dispose()
        {
            _process.Dispose();
            _http.Dispose();
        }

        private async Task Ready()
        {
            var until = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                try
                {
                    await Status().ConfigureAwait(false);
                    return;
                }
                catch (HttpRequestException) when (DateTime.UtcNow < until && !_process.HasExited)
                {
                    await Task.Delay(250).ConfigureAwait(false);
                }
                catch (HttpRequestException failure)
                {
                    throw new InvalidOperationException("`wifi relay` did not start:\n" + Output, failure);
                }
            }
        }

        private void Keep(string? line)
        {
            if (line != null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
        }
    }
}
