using System.CommandLine;
using DynamicsWifi.Cli.Commands;

namespace DynamicsWifi.Cli
{
    /// <summary>wifi demo | replay FILE | send | host | receiver</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var root = new RootCommand("Dynamics WiFi: the WiFi platform's side. `wifi demo` runs the whole product locally.")
            {
                DemoCommand.Build(),
                ReplayCommand.Build(),
                SendCommand.Build(),
                HostCommand.Build(),
                ReceiverCommand.Build(),
                RelayCommand.Build(),
            };
            return root.Parse(args).Invoke();
        }
    }
}
