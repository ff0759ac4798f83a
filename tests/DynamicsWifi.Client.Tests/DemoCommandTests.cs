using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Client.Tests
{
    [TestClass]
    [DoNotParallelize]
    public sealed class DemoCommandTests
    {
        [TestMethod]
        public async Task WifiDemoExit_RunsFromTheRepositoryRootAndStops()
        {
            var configuration = typeof(DemoCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;
            var folder = Directory.CreateTempSubdirectory("wifi-demo-cli-").FullName;
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = LocalHost.RepoRoot, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { Path.Combine(LocalHost.RepoRoot, "client", "DynamicsWifi.Cli", "bin", configuration, "net10.0", "wifi.dll"), "demo", "--exit", "--guests", "60", "--data", Path.Combine(folder, "demo.db") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.AreEqual(0, process.ExitCode, await errors);
            StringAssert.Contains(await output, "Demo finished");
            StringAssert.Contains(await output, "WIFI_INVALID_EMAIL");
        }
    }
}
