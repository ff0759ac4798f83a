using System;
using System.CommandLine;
using System.IO;
using System.Net;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Throttling;
using DynamicsWifi.Plugins.EventPlugins;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>The host's command line: which solution, where to listen and keep data, and the service protection
    /// switches; runs the host until Ctrl+C.</summary>
    internal static class HostCommandLine
    {
        public static RootCommand Build()
        {
            var solution = new Option<string>("--solution") { Description = "The solution folder (exported-zip layout) or .zip to serve.", DefaultValueFactory = _ => "Solution" };
            var plugins = new Option<FileInfo?>("--plugins") { Description = "The plug-in assembly the solution's steps and custom APIs run (default: Dynamics WiFi's own)." };
            var listen = new Option<string>("--listen") { Description = "The address to listen on; loopback unless told otherwise.", DefaultValueFactory = _ => "127.0.0.1" };
            var port = new Option<int>("--port") { Description = "The HTTPS port; 0 takes a free one.", DefaultValueFactory = _ => 5443 };
            var data = new Option<string>("--data") { Description = "The SQLite file the data lives in.", DefaultValueFactory = _ => "dynamicswifi-webapi.db" };
            var inMemory = new Option<bool>("--in-memory") { Description = "Keep nothing: a throw-away organization." };
            var holdJobs = new Option<bool>("--hold-async-jobs") { Description = "Test switch: queue asynchronous jobs but run none until a host is started without it." };
            var noThrottle = new Option<bool>("--no-throttle") { Description = "Turn service protection limits off (benchmarks)." };
            var fraction = new Option<double>("--throttle-fraction") { Description = "Test switch: refuse this share of calls (0 to 1) with 429, as if throttled." };
            var requests = new Option<int>("--max-requests") { Description = "Requests per user per 5-minute window.", DefaultValueFactory = _ => 6000 };
            var executionMs = new Option<long>("--max-execution-ms") { Description = "Combined execution time per user per 5-minute window, in ms.", DefaultValueFactory = _ => 1_200_000 };
            var concurrent = new Option<int>("--max-concurrent") { Description = "Concurrent requests per user.", DefaultValueFactory = _ => 52 };

            var command = new RootCommand("Dynamics WiFi's local Dataverse Web API: the in-memory emulator over HTTPS, for any solution.")
            {
                solution, plugins, listen, port, data, inMemory, holdJobs, noThrottle, fraction, requests, executionMs, concurrent,
            };
            command.SetAction(async (parse, cancel) =>
            {
                var pluginFile = parse.GetValue(plugins);
                var options = new HostOptions(parse.GetValue(solution)!, pluginFile == null ? typeof(SyncIdentityKeyOnContactChange).Assembly : Assembly.LoadFrom(pluginFile.FullName))
                {
                    Address = IPAddress.Parse(parse.GetValue(listen)!),
                    Port = parse.GetValue(port),
                    DataFile = parse.GetValue(data)!,
                    InMemory = parse.GetValue(inMemory),
                    HoldAsyncJobs = parse.GetValue(holdJobs),
                    Limits = new ServiceProtectionLimits
                    {
                        Enabled = !parse.GetValue(noThrottle),
                        ThrottledFraction = parse.GetValue(fraction),
                        RequestsPerWindow = parse.GetValue(requests),
                        ExecutionMillisecondsPerWindow = parse.GetValue(executionMs),
                        ConcurrentRequests = parse.GetValue(concurrent),
                    },
                };
                return await Run(options, cancel).ConfigureAwait(false);
            });
            return command;
        }

        private static async Task<int> Run(HostOptions options, CancellationToken cancel)
        {
            WebApiHost host;
            try
            {
                host = await WebApiHost.StartAsync(options).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or IOException)
            {
                Console.Error.WriteLine("The host did not start: " + failure.Message);
                return 2;
            }

            await using var running = host;
            var certificate = host.WriteCertificate(options.InMemory ? Path.Combine(Path.GetTempPath(), "dynamicswifi-webapi.pem") : Path.ChangeExtension(Path.GetFullPath(options.DataFile), ".pem"));
            Console.WriteLine(Banner.Text(host, options, certificate));
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }

            return 0;
        }
    }
}
