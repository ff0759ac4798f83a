using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>The cr_wifisecret values: given ones stored, missing ones generated, existing ones kept.</summary>
    [TestClass]
    public sealed class SetSecretsTests
    {
        private const string GivenKey = "b7c1e0f5a9d24c6e8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70";

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void GivenValue_ReplacesTheStoredOne(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell);
            environment.Run(shell, "set-secrets").AssertSucceeded();
            var webhookSecret = environment.Secrets()["WebhookSigningSecret"];

            var result = environment.Run(shell, "set-secrets", new Dictionary<string, string?> { ["DYNAMICSWIFI_MAC_HASH_KEY"] = GivenKey });

            result.AssertSucceeded();
            Assert.AreEqual(GivenKey, environment.Secrets()["MacHashKey"]);
            Assert.AreEqual(webhookSecret, environment.Secrets()["WebhookSigningSecret"], "the other secret is kept");
            Assert.IsFalse(result.Everything.Contains(GivenKey));
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        public void ShortValue_IsRefusedAndNothingIsStored(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell);

            var result = environment.Run(shell, "set-secrets", new Dictionary<string, string?> { ["DYNAMICSWIFI_MAC_HASH_KEY"] = "password1" });

            result.AssertRefused("DYNAMICSWIFI_MAC_HASH_KEY holds fewer than 32 characters");
            Assert.AreEqual(0, environment.Secrets().Count);
        }

        [TestMethod]
        [DataRow(Shell.Bash)]
        [DataRow(Shell.PowerShell)]
        public void WrongDeployerSecret_NamesTheTokenEndpointsRefusal(Shell shell)
        {
            using var environment = LocalEnvironment.SignedIn(shell);

            var result = environment.Run(shell, "set-secrets", new Dictionary<string, string?> { ["DYNAMICSWIFI_CLIENT_SECRET"] = "not-the-secret" });

            result.AssertRefused("the token endpoint refused client " + environment.Deployer.ClientId);
            StringAssert.Contains(result.Errors, "invalid_client", result.ToString());
        }
    }
}
