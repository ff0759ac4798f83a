using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>Uninstall deletes the solution only when the admin confirms it by name; safe to re-run.</summary>
    [TestClass]
    public sealed class UninstallTests
    {
        private static readonly Dictionary<string, string?> Confirmed = new() { ["DYNAMICSWIFI_CONFIRM_UNINSTALL"] = "DynamicsWifi" };

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void Unconfirmed_IsRefusedAndKeepsTheSolution(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 1.0.0.0 True");

            var result = environment.Run(shell, "uninstall");

            result.AssertRefused("DYNAMICSWIFI_CONFIRM_UNINSTALL=DynamicsWifi");
            environment.AssertSolutions("DynamicsWifi 1.0.0.0 True");
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void Confirmed_DeletesTheSolutionAndARerunFindsNothingToDo(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell, "DynamicsWifi 1.0.0.0 True");

            var first = environment.Run(shell, "uninstall", Confirmed);
            var second = environment.Run(shell, "uninstall", Confirmed);

            first.AssertSucceeded();
            second.AssertSucceeded();
            StringAssert.Contains(second.Output, "not installed");
            Assert.AreEqual(0, environment.Solutions().Count);
            Assert.AreEqual(1, environment.PacCallsStartingWith("solution delete").Length);
        }
    }
}
