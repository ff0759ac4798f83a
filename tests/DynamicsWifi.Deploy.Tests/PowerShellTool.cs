using System;
using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>PowerShell 7 as the repository's local .NET tool (dotnet-tools.json; `dotnet tool restore` installs it,
    /// and .ci/run does): the PowerShell scripts' tests run where it is restored and say why they are skipped where not.</summary>
    internal static class PowerShellTool
    {
        private static readonly Lazy<bool> Restored = new(() =>
        {
            var start = new ProcessStartInfo("dotnet") { ArgumentList = { "pwsh", "-NoProfile", "-NonInteractive", "-Command", "exit 0" }, WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(TimeSpan.FromMinutes(2)) && process.ExitCode == 0;
        });

        public static void Require()
        {
            if (!Restored.Value)
            {
                Assert.Inconclusive("Skipped: PowerShell 7 (the 'PowerShell' .NET tool in dotnet-tools.json) is not restored here, so the .ps1 pac-scripts cannot run. Run 'dotnet tool restore' in the repository (.ci/run does) to test them.");
            }
        }
    }
}
