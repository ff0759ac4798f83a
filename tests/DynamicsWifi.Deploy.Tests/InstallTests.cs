using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>From a fresh environment to "the WiFi platform can send logins": install runs sign-in, import,
    /// secrets, the platform's application user and the smoke test, against the pac double and the local host.</summary>
    [TestClass]
    public sealed class InstallTests
    {
        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void Install_RunsEveryStepAndTheSmokeTestPasses(Shell shell)
        {
            using var environment = LocalEnvironment.Start();

            var result = environment.Run(shell, "install");

            result.AssertSucceeded();
            StringAssert.Contains(result.Output, "Smoke test passed", result.ToString());
            environment.AssertSolutions("DynamicsWifi 1.0.0.0 True");
            CollectionAssert.AreEqual(new[] { environment.Platform.ClientId + "|WiFi Integration|application" }, environment.Assignments().ToArray());
            CollectionAssert.AreEquivalent(new[] { "MacHashKey", "WebhookSigningSecret" }, environment.Secrets().Keys.ToArray());
            Assert.IsTrue(environment.Secrets().Values.All(value => value.Length == 64), "generated secrets are 32 random bytes in hex");
            Assert.AreEqual(0, environment.Count("contacts"), "the smoke test deletes its synthetic guest");
            Assert.AreEqual(0, environment.Count("cr_wifivisits"), "and the guest's session with it");
            foreach (var secret in environment.Secrets().Values.Concat(new[] { environment.Deployer.Secret, environment.Platform.Secret }))
            {
                Assert.IsFalse(result.Everything.Contains(secret), "a secret was printed");
                Assert.IsFalse(environment.PacCalls().Any(call => call.Contains(secret)), "a secret reached the pac double's record");
            }
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void SecondInstall_ChangesNothing(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.Run(shell, "install").AssertSucceeded();
            var secrets = environment.Secrets();
            var calls = environment.PacCalls().Count;

            var result = environment.Run(shell, "install");

            result.AssertSucceeded();
            StringAssert.Contains(result.Output, "already installed", result.ToString());
            CollectionAssert.AreEquivalent(secrets.ToArray(), environment.Secrets().ToArray(), "secrets kept");
            environment.AssertSolutions("DynamicsWifi 1.0.0.0 True");
            Assert.AreEqual(1, environment.Assignments().Count);
            var secondRun = environment.PacCalls().Skip(calls).ToArray();
            Assert.IsFalse(secondRun.Any(call => call.StartsWith("solution import") || call.StartsWith("auth create")), string.Join("\n", secondRun));
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void Import_PassesTheSettingsTemplateForTheEnvironmentVariables(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell);

            var result = environment.Run(shell, "import");

            result.AssertSucceeded();
            Assert.AreEqual(Repository.Read("pac-scripts", "settings", "deployment-settings.template.json"), environment.ImportedSettings());
            Assert.IsTrue(environment.PacCalls().Any(call => call.StartsWith("solution import ") && call.Contains(" --activate-plugins")), string.Join("\n", environment.PacCalls()));
        }
    }
}
