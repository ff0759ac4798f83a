using DynamicsWifi.Plugins.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Consent
{
    [TestClass]
    public sealed class WebhookAddressTests
    {
        [TestMethod]
        [DataRow("https://wifi.example.com/consent?token=abc")]
        [DataRow("http://hooks.example.net:8080/consent")]
        public void HostName_OverHttpOrHttps_IsAccepted(string url)
        {
            Assert.IsNotNull(WebhookAddress.Check(url, "cr_WifiConsentWebhookUrl", out _));
        }

        [TestMethod]
        [DataRow("https://10.0.0.4/consent")]
        [DataRow("https://[2001:db8::1]/consent")]
        [DataRow("http://localhost/consent")]
        [DataRow("http://app.localhost/consent")]
        [DataRow("ftp://wifi.example.com/consent")]
        [DataRow("/consent")]
        public void UrlTheSandboxRefuses_IsRefusedNamingTheVariableNotTheUrl(string url)
        {
            var address = WebhookAddress.Check(url, "cr_WifiConsentWebhookUrl", out var refusal);

            Assert.IsNull(address);
            StringAssert.StartsWith(refusal, "cr_WifiConsentWebhookUrl ");
            Assert.IsFalse(refusal.Contains("consent", System.StringComparison.Ordinal) && refusal.Contains(url, System.StringComparison.Ordinal));
        }
    }
}
