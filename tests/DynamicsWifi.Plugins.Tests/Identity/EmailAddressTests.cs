using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    [TestClass]
    public sealed class EmailAddressTests
    {
        [TestMethod]
        public void MixedCaseWithSpaces_IsTrimmedAndLowercased()
        {
            var parsed = EmailAddress.TryParse("  Ann.Smith@Example.COM ", out var email);

            Assert.IsTrue(parsed);
            Assert.AreEqual("ann.smith@example.com", email!.Value);
        }

        [TestMethod]
        [DataRow("ann+wifi@example.co.uk")]
        [DataRow("o'brien@example.ie")]
        [DataRow("a@b-c.example.org")]
        public void CommonValidShapes_AreAccepted(string raw)
        {
            Assert.IsTrue(EmailAddress.TryParse(raw, out _));
        }

        [TestMethod]
        [DataRow(null)]
        [DataRow("")]
        [DataRow("   ")]
        [DataRow("ann")]
        [DataRow("ann@")]
        [DataRow("@example.com")]
        [DataRow("ann@example")]
        [DataRow("ann@@example.com")]
        [DataRow("ann smith@example.com")]
        [DataRow("ann..smith@example.com")]
        [DataRow(".ann@example.com")]
        [DataRow("ann@-example.com")]
        [DataRow("ann@example.c")]
        public void MalformedAddresses_AreRejected(string? raw)
        {
            Assert.IsFalse(EmailAddress.TryParse(raw, out var email));
            Assert.IsNull(email);
        }

        [TestMethod]
        public void LongerThanTheColumn_IsRejected()
        {
            var raw = new string('a', 64) + "@" + new string('b', 40) + ".com";

            Assert.IsFalse(EmailAddress.TryParse(raw, out _));
        }

        [TestMethod]
        public void ToString_NeverShowsTheAddress()
        {
            EmailAddress.TryParse("ann@example.com", out var email);

            Assert.IsFalse(email!.ToString().Contains("ann"));
        }
    }
}
