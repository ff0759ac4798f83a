using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>A Dataverse environment as the pac-scripts meet it: the shared local host (their Web API calls), its
    /// WiFi secrets cleared, and the pac double with a state folder of its own on PATH (their pac calls). The scripts
    /// get the environment variables an admin would set, pointing at the host.</summary>
    internal sealed class LocalEnvironment : IDisposable
    {
        private readonly LocalHost _host;
        private readonly string _folder;

        private LocalEnvironment(LocalHost host, string folder)
        {
            _host = host;
            _folder = folder;
        }

        public string PacState => Path.Combine(_folder, "pac-state");

        public Client Deployer => _host.Deployer;

        public Client Platform => _host.Platform;

        public string Url => _host.Url;

        public static LocalEnvironment Start()
        {
            var host = LocalHost.Instance;
            foreach (var secret in host.Rows("cr_wifisecrets?$select=cr_wifisecretid"))
            {
                host.Delete($"cr_wifisecrets({secret.GetProperty("cr_wifisecretid").GetString()})");
            }

            return new LocalEnvironment(host, Directory.CreateTempSubdirectory("dynamicswifi-deploy-").FullName);
        }

        /// <summary>Starts an environment and signs in (<see cref="SignIn"/>) with <paramref name="solutions"/> installed.</summary>
        public static LocalEnvironment SignedIn(Shell shell, params string[] solutions)
        {
            var environment = Start();
            try
            {
                environment.SignIn(shell, solutions);
                return environment;
            }
            catch
            {
                environment.Dispose();
                throw;
            }
        }

        /// <summary>What an admin sets before running the scripts (pac-scripts/README.md), for this environment.</summary>
        public Dictionary<string, string> Variables() => new()
        {
            ["DYNAMICSWIFI_ENVIRONMENT_URL"] = Url,
            ["DYNAMICSWIFI_TENANT_ID"] = LocalHost.TenantId,
            ["DYNAMICSWIFI_AUTHORITY_HOST"] = Url,
            ["DYNAMICSWIFI_CLIENT_ID"] = Deployer.ClientId,
            ["DYNAMICSWIFI_CLIENT_SECRET"] = Deployer.Secret,
            ["DYNAMICSWIFI_PLATFORM_APP_ID"] = Platform.ClientId,
            ["DYNAMICSWIFI_PLATFORM_CLIENT_SECRET"] = Platform.Secret,
            ["DYNAMICSWIFI_SOLUTION_ZIP"] = Repository.ManagedZip,
        };

        /// <summary>Runs pac-scripts/<paramref name="verb"/> (.sh or .ps1) with <see cref="Variables"/>, changed by
        /// <paramref name="changes"/> (a null value removes the variable).</summary>
        public ScriptResult Run(Shell shell, string verb, IReadOnlyDictionary<string, string?>? changes = null, bool pacOnPath = true)
        {
            if (shell == Shell.PowerShell)
            {
                PowerShellTool.Require();
            }

            var start = shell == Shell.Bash
                ? new ProcessStartInfo("bash") { ArgumentList = { Path.Combine(Repository.Scripts, verb + ".sh") } }
                : new ProcessStartInfo("dotnet") { ArgumentList = { "pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(Repository.Scripts, verb + ".ps1") } };
            start.WorkingDirectory = Repository.Root;
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.RedirectStandardInput = true;
            foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("DYNAMICSWIFI_", StringComparison.Ordinal) || name.StartsWith("PAC_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["CURL_CA_BUNDLE"] = _host.Certificate;
            start.Environment["SSL_CERT_FILE"] = _host.Certificate;
            start.Environment["PAC_DOUBLE_STATE"] = PacState;
            start.Environment["NO_COLOR"] = "1";
            start.Environment["PATH"] = (pacOnPath ? Repository.PacDouble + Path.PathSeparator : string.Empty) + Environment.GetEnvironmentVariable("PATH");
            foreach (var (name, value) in Variables().Select(pair => (pair.Key, (string?)pair.Value)).Concat((changes ?? new Dictionary<string, string?>()).Select(pair => (pair.Key, pair.Value))))
            {
                if (value == null)
                {
                    start.Environment.Remove(name);
                }
                else
                {
                    start.Environment[name] = value;
                }
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"pac-scripts/{verb} ({shell}) did not finish within 5 minutes.");
            }

            return new ScriptResult(process.ExitCode, output.Result, errors.Result);
        }

        /// <summary>Runs sign-in, which must succeed, and gives the environment the <paramref name="solutions"/> it
        /// holds ("name version managed", as the double keeps them).</summary>
        public void SignIn(Shell shell, params string[] solutions)
        {
            Run(shell, "sign-in").AssertSucceeded();
            if (solutions.Length > 0)
            {
                SetState("solutions", solutions);
            }
        }

        /// <summary>The pac calls the double accepted or refused, one line each, in order.</summary>
        public IReadOnlyList<string> PacCalls() => ReadState("calls.log");

        /// <summary>The pac calls that start with one of <paramref name="prefixes"/>, in order.</summary>
        public string[] PacCallsStartingWith(params string[] prefixes) =>
            PacCalls().Where(call => prefixes.Any(prefix => call.StartsWith(prefix, StringComparison.Ordinal))).ToArray();

        /// <summary>No pac call started with any of <paramref name="prefixes"/>.</summary>
        public void AssertNoPacCall(params string[] prefixes) =>
            Assert.IsFalse(PacCallsStartingWith(prefixes).Any(), string.Join("\n", PacCalls()));

        /// <summary>Installed solutions as the double keeps them: "name version managed".</summary>
        public IReadOnlyList<string> Solutions() => ReadState("solutions");

        public void AssertSolutions(params string[] expected) => CollectionAssert.AreEqual(expected, Solutions().ToArray());

        /// <summary>Role assignments as the double keeps them: "user|role|application or user".</summary>
        public IReadOnlyList<string> Assignments() => ReadState("assignments");

        /// <summary>Puts the environment in a state the scripts meet, as the double keeps it.</summary>
        public void SetState(string file, params string[] lines)
        {
            Directory.CreateDirectory(PacState);
            File.WriteAllLines(Path.Combine(PacState, file), lines);
        }

        public string? ImportedSettings()
        {
            var path = Path.Combine(PacState, "imported-settings.json");
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }

        /// <summary>The cr_wifisecret rows, name to value, read as System Administrator over the Web API.</summary>
        public IReadOnlyDictionary<string, string> Secrets() => _host.Rows("cr_wifisecrets?$select=cr_name,cr_value")
            .ToDictionary(row => row.GetProperty("cr_name").GetString()!, row => row.GetProperty("cr_value").GetString()!);

        public int Count(string entitySet) => _host.Rows(entitySet + "?$select=createdon").Count;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private IReadOnlyList<string> ReadState(string file)
        {
            var path = Path.Combine(PacState, file);
            return File.Exists(path) ? File.ReadAllLines(path).Where(line => line.Length > 0).ToList() : new List<string>();
        }
    }
}
