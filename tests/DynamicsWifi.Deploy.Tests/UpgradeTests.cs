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
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 0.9.0.0 True");

            var result = environment.Run(shell, "upgrade");

            result.AssertSucceeded();
            environment.AssertSolutions("DynamicsWifi 1.0.0.0 True");
            var calls = environment.PacCallsStartingWith("solution import", "solution upgrade");
            Assert.AreEqual(2, calls.Length, string.Join("\n", calls));
            StringAssert.Contains(calls[0], "--import-as-holding");
            Assert.AreEqual($"solution upgrade --solution-name=DynamicsWifi --environment={environment.Url}", calls[1]);
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void HoldingSolutionAlreadyStaged_IsAppliedWithoutASecondImport(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 0.9.0.0 True", "DynamicsWifi_Upgrade 1.0.0.0 True");

            var result = environment.Run(shell, "upgrade");

            result.AssertSucceeded();
            environment.AssertSolutions("DynamicsWifi 1.0.0.0 True");
            environment.AssertNoPacCall("solution import");
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void SameVersionInstalled_ChangesNothing(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 1.0.0.0 True");

            var result = environment.Run(shell, "upgrade");

            result.AssertSucceeded();
            StringAssert.Contains(result.Output, "already at 1.0.0.0");
            environment.AssertNoPacCall("solution import", "solution upgrade");
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void NewerVersionInstalled_IsRefused(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 1.1.0.0 True");

            var result = environment.Run(shell, "upgrade");

            result.AssertRefused("downgrade");
            environment.AssertSolutions("DynamicsWifi 1.1.0.0 True");
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void ImportOverAnOlderManagedVersion_PointsToUpgrade(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 0.9.0.0 True");

            var result = environment.Run(shell, "import");

            result.AssertRefused("upgrade");
            environment.AssertNoPacCall("solution import");
        }
    }
}
