using System.IO;
using System.Text.RegularExpressions;
using DynamicsWifi.Plugins.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>The worked signature example the platform's engineers read in CustomApis/README.md is what the plug-in signs.</summary>
    [TestClass]
    public sealed class ReceiverDocumentationTests
    {
        [TestMethod]
        public void WorkedExample_IsWhatThePluginSigns()
        {
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "CustomApis", "README.md"));

            var example = Regex.Match(readme, @"Worked example: secret `([^`]+)`, timestamp `(\d+)`, body\s+`([^`]+)`\s+give `(v1=[0-9a-f]{64})`");

            Assert.IsTrue(example.Success, "the worked example is in the README");
            Assert.AreEqual(example.Groups[4].Value, WebhookSignature.Sign(example.Groups[1].Value, example.Groups[2].Value, example.Groups[3].Value));
            StringAssert.Contains(readme, "X-Wifi-Signature: " + example.Groups[4].Value, "the sample request carries the same signature");
        }
    }
}
