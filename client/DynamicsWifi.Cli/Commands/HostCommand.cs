using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Local;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Cli.Commands
{
    /// <summary>`wifi host`: the local Web API in this process until Ctrl+C, with a connection file for `wifi replay`.</summary>
    internal static class HostCommand
    {
        public static Command Build()
        {
            var data = new Option<string>("--data") { Description = "The SQLite file the data lives in.", DefaultValueFactory = _ => "dynamicswifi-webapi.db" };
            var port = new Option<int>("--port") { Description = "The HTTPS port; 0 takes a free one.", DefaultValueFactory = _ => 5443 };
            var throttle = new Option<double>("--throttle-fraction") { Description = "Test switch: refuse this share of calls (0 to 1) with 429." };
            var connection = new Option<string?>("--connection-file") { Description = "Where to write the connection for `wifi replay --connection` (default: beside the data file)." };
            var command = new Command("host", "Run the local Dataverse Web API with the solution, until Ctrl+C.") { data, port, throttle, connection };
            command.SetAction(async (parse, cancel) =>
            {
                var dataFile = Path.GetFullPath(parse.GetValue(data)!);
                await using var host = await LocalWebApi.StartAsync(RepositorySolution.Path(), dataFile, parse.GetValue(port), parse.GetValue(throttle)).ConfigureAwait(false);
                var connectionFile = Path.GetFullPath(parse.GetValue(connection) ?? Path.ChangeExtension(dataFile, ".connection.json"));
                LocalConnection.For(host).Write(connectionFile);
                var certificate = host.WriteCertificate(Path.ChangeExtension(dataFile, ".pem"));
                Console.WriteLine("Local Web API   " + host.ServiceRoot);
                Console.WriteLine("Data            " + dataFile);
                Console.WriteLine("Connection      " + connectionFile + "  (wifi replay FILE --connection this-file)");
                Console.WriteLine("Certificate     " + certificate);
                Console.WriteLine("Press Ctrl+C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("Stopping.");
                }

                return 0;
            });
            return command;
        }
    }
}
