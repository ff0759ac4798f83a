using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.Emulator.WebApi
{
    /// <summary>dotnet run --project emulator/DynamicsWifi.Emulator.WebApi -- --solution Solution [--port N] [--data FILE]
    /// [--in-memory] [--no-throttle]</summary>
    internal static class Program
    {
        private static int Main(string[] args) => HostCommandLine.Build().Parse(args).Invoke();
    }
}
