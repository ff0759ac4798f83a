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

            result.AssertSucceeded();
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

            result.AssertRefused("signed in to another environment than " + environment.Url);
            environment.AssertNoPacCall("solution");
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void NotSignedIn_SaysToRunSignIn(Shell shell)
        {
            using var environment = LocalEnvironment.Start();

            var result = environment.Run(shell, "set-secrets");

            result.AssertRefused("sign-in");
            Assert.AreEqual(0, environment.Secrets().Count);
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void PacMissing_SaysHowToInstallIt(Shell shell)
        {
            using var environment = LocalEnvironment.Start();

            var result = environment.Run(shell, "sign-in", pacOnPath: false);

            result.AssertRefused("Power Platform CLI ('pac') was not found");
        }
    }
}
