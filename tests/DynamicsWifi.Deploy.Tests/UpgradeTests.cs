using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>Upgrade: the new version staged as a holding solution, then the upgrade applied; safe to re-run.</summary>
    [TestClass]
    public sealed class UpgradeTests
    {
        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void OlderVersionInstalled_IsStagedThenUpgraded(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 0.9.0.0 True");

            var result = environment.Run(shell, "upgrade");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            CollectionAssert.AreEqual(new[] { "DynamicsWifi 1.0.0.0 True" }, environment.Solutions().ToArray());
            var calls = environment.PacCalls().Where(call => call.StartsWith("solution import") || call.StartsWith("solution upgrade")).ToArray();
            Assert.AreEqual(2, calls.Length, string.Join("\n", calls));
            StringAssert.Contains(calls[0], "--import-as-holding");
            Assert.AreEqual($"solution upgrade --solution-name=DynamicsWifi --environment={environment.Url}", calls[1]);
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void HoldingSolutionAlreadyStaged_IsAppliedWithoutASecondImport(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 0.9.0.0 True", "DynamicsWifi_Upgrade 1.0.0.0 True");

            var result = environment.Run(shell, "upgrade");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            CollectionAssert.AreEqual(new[] { "DynamicsWifi 1.0.0.0 True" }, environment.Solutions().ToArray());
            Assert.IsFalse(environment.PacCalls().Any(call => call.StartsWith("solution import")));
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void SameVersionInstalled_ChangesNothing(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 1.0.0.0 True");

            var result = environment.Run(shell, "upgrade");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Output, "already at 1.0.0.0");
            Assert.IsFalse(environment.PacCalls().Any(call => call.StartsWith("solution import") || call.StartsWith("solution upgrade")));
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void NewerVersionInstalled_IsRefused(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 1.1.0.0 True");

            var result = environment.Run(shell, "upgrade");

            Assert.AreEqual(1, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "downgrade");
            CollectionAssert.AreEqual(new[] { "DynamicsWifi 1.1.0.0 True" }, environment.Solutions().ToArray());
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void ImportOverAnOlderManagedVersion_PointsToUpgrade(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 0.9.0.0 True");

            var result = environment.Run(shell, "import");

            Assert.AreEqual(1, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "upgrade");
            Assert.IsFalse(environment.PacCalls().Any(call => call.StartsWith("solution import")));
        }
    }
}
