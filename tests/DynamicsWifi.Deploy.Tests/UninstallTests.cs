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
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 1.0.0.0 True");

            var result = environment.Run(shell, "uninstall");

            Assert.AreEqual(1, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "DYNAMICSWIFI_CONFIRM_UNINSTALL=DynamicsWifi");
            CollectionAssert.AreEqual(new[] { "DynamicsWifi 1.0.0.0 True" }, environment.Solutions().ToArray());
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void Confirmed_DeletesTheSolutionAndARerunFindsNothingToDo(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SignIn(shell, "DynamicsWifi 1.0.0.0 True");

            var first = environment.Run(shell, "uninstall", Confirmed);
            var second = environment.Run(shell, "uninstall", Confirmed);

            Assert.AreEqual(0, first.ExitCode, first.ToString());
            Assert.AreEqual(0, second.ExitCode, second.ToString());
            StringAssert.Contains(second.Output, "not installed");
            Assert.AreEqual(0, environment.Solutions().Count);
            Assert.AreEqual(1, environment.PacCalls().Count(call => call.StartsWith("solution delete")));
        }
    }
}
