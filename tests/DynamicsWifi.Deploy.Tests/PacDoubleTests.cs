using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>The pac double refuses what Microsoft does not document, so a script calling it fails its tests.</summary>
    [TestClass]
    public sealed class PacDoubleTests
    {
        [TestMethod]
        public void UndocumentedVerb_IsRefused()
        {
            var result = Pac("solution", "deploy", "--path", "x.zip");

            Assert.AreEqual(2, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "'pac solution deploy' is not a documented verb");
        }

        [TestMethod]
        public void UndocumentedOption_IsRefused()
        {
            var result = Pac("solution", "import", "--path", "x.zip", "--overwrite-unmanaged");

            Assert.AreEqual(2, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "'--overwrite-unmanaged' is not a documented option of 'pac solution import'");
        }

        [TestMethod]
        public void MissingRequiredOption_IsRefused()
        {
            var result = Pac("admin", "assign-user", "--user", "00000000-0000-0000-0000-000000000001");

            Assert.AreEqual(2, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "needs its required option --role");
        }

        [TestMethod]
        public void DocumentedAlias_IsAcceptedAndRecordedByItsLongName()
        {
            var state = Directory.CreateTempSubdirectory("pac-double-").FullName;

            var result = PacIn(state, "auth", "create", "-n", "dev", "-env", "https://contoso.crm4.dynamics.com", "-dc");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.AreEqual("auth create --name=dev --environment=https://contoso.crm4.dynamics.com --deviceCode", File.ReadAllLines(Path.Combine(state, "calls.log")).Single());
            Directory.Delete(state, true);
        }

        [TestMethod]
        public void EveryPacVerbTheScriptsName_IsDocumented()
        {
            var documented = File.ReadAllLines(Path.Combine(Repository.PacDouble, "documented-verbs.txt"))
                .Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line => line.Split('|')[0]).ToHashSet();
            var scripts = Directory.GetFiles(Repository.Scripts, "*.*", SearchOption.AllDirectories).Where(path => path.EndsWith(".sh") || path.EndsWith(".ps1") || path.EndsWith(".psm1"));

            var named = scripts.SelectMany(path => Regex.Matches(File.ReadAllText(path), @"(?m)(?:^\s*|\$\(|&\s*)pac\s+([a-z-]+)\s+([a-z-]+)|@\('([a-z-]+)', '([a-z-]+)'").Select(match => (Script: Path.GetFileName(path), Verb: match.Groups[1].Success ? match.Groups[1].Value + " " + match.Groups[2].Value : match.Groups[3].Value + " " + match.Groups[4].Value))).ToList();

            Assert.IsTrue(named.Count >= 20, "the scan found the scripts' pac calls");
            var undocumented = named.Where(call => !documented.Contains(call.Verb)).Select(call => $"{call.Script}: pac {call.Verb}").ToList();
            Assert.AreEqual(0, undocumented.Count, "not in PacDouble/documented-verbs.txt (add it there, with its Learn page, only if Microsoft documents it): " + string.Join(", ", undocumented));
        }

        private static ScriptResult Pac(params string[] arguments)
        {
            var state = Directory.CreateTempSubdirectory("pac-double-").FullName;
            try
            {
                return PacIn(state, arguments);
            }
            finally
            {
                Directory.Delete(state, true);
            }
        }

        private static ScriptResult PacIn(string state, params string[] arguments)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(Repository.PacDouble, "pac"));
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PAC_DOUBLE_STATE"] = state;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new ScriptResult(process.ExitCode, output.Result, errors.Result);
        }
    }
}
