using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>Signing pac in, and the checks every script makes before it changes anything.</summary>
    [TestClass]
    public sealed class SignInTests
    {
        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void WithoutClientId_SignsInInteractivelyWithDeviceCode(Shell shell)
        {
            using var environment = LocalEnvironment.Start();

            var result = environment.Run(shell, "sign-in", new Dictionary<string, string?> { ["DYNAMICSWIFI_CLIENT_ID"] = null, ["DYNAMICSWIFI_CLIENT_SECRET"] = null });

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.AreEqual($"auth create --name=dynamicswifi --environment={environment.Url} --deviceCode", environment.PacCalls().Single(call => call.StartsWith("auth create")));
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void SignedInToAnotherEnvironment_StopsBeforeAnyChange(Shell shell)
        {
            using var environment = LocalEnvironment.Start();
            environment.SetState("profile", "https://contoso-prod.crm4.dynamics.com/");

            var result = environment.Run(shell, "import");

            Assert.AreEqual(1, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "signed in to another environment than " + environment.Url, result.ToString());
            Assert.IsFalse(environment.PacCalls().Any(call => call.StartsWith("solution")), string.Join("\n", environment.PacCalls()));
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void NotSignedIn_SaysToRunSignIn(Shell shell)
        {
            using var environment = LocalEnvironment.Start();

            var result = environment.Run(shell, "set-secrets");

            Assert.AreEqual(1, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "sign-in", result.ToString());
            Assert.AreEqual(0, environment.Secrets().Count);
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void PacMissing_SaysHowToInstallIt(Shell shell)
        {
            using var environment = LocalEnvironment.Start();

            var result = environment.Run(shell, "sign-in", pacOnPath: false);

            Assert.AreEqual(1, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Errors, "Power Platform CLI ('pac') was not found", result.ToString());
        }
    }
}
