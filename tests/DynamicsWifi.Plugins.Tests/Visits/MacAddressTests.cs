using System;
using DynamicsWifi.Plugins.Visits;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Visits
{
    [TestClass]
    public sealed class MacAddressTests
    {
        [TestMethod]
        [DataRow("a4:5e:60:c2:11:0b")]
        [DataRow("A4-5E-60-C2-11-0B")]
        [DataRow("a45e.60c2.110b")]
        [DataRow(" A45E60C2110B ")]
        public void CommonNotations_NormaliseToColonPairs(string raw)
        {
            Assert.IsTrue(MacAddress.TryParse(raw, out var mac));

            Assert.AreEqual("a4:5e:60:c2:11:0b", mac!.Value);
        }

        [TestMethod]
        [DataRow("a4:5e:60:c2:11")]
        [DataRow("a4:5e-60:c2:11:0b")]
        [DataRow("a4:5e:60:c2:11:0g")]
        [DataRow("a45e:60c2:110b")]
        [DataRow("")]
        [DataRow(null)]
        public void Malformed_IsRefused(string? raw)
        {
            Assert.IsFalse(MacAddress.TryParse(raw, out _));
        }

        [TestMethod]
        public void ToString_NeverShowsTheAddress()
        {
            MacAddress.TryParse("a4:5e:60:c2:11:0b", out var mac);

            Assert.IsFalse(mac!.ToString().Contains("a4"));
        }

        [TestMethod]
        public void DailyHash_IsHmacSha256OfTheUtcDateAndTheMac()
        {
            MacAddress.TryParse("A4-5E-60-C2-11-0B", out var mac);

            var hash = DailyMacHash.Of(mac!, new DateTime(2026, 3, 18, 23, 59, 59, DateTimeKind.Utc), "test-key");

            Assert.AreEqual("4c8180c67fcaf5da1cdf80560088ea54203637cc19f3a25f1e89bdae2770869f", hash);
        }

        [TestMethod]
        public void DailyHash_ChangesWithTheDay()
        {
            MacAddress.TryParse("a4:5e:60:c2:11:0b", out var mac);

            var nextDay = DailyMacHash.Of(mac!, new DateTime(2026, 3, 19, 0, 0, 0, DateTimeKind.Utc), "test-key");

            Assert.AreEqual("04830e87126b3fb70e7631fe8e2a9ab8d065523afc80bbf0507823790e11dcb6", nextDay);
        }

        [TestMethod]
        [DataRow("0123456789abcdef0123456789abcdef0123456789abcdef0123456789ABCDEF", true)]
        [DataRow("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", false)]
        [DataRow("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", false)]
        public void Hash_IsExactly64HexCharacters(string text, bool isHash)
        {
            Assert.AreEqual(isHash, MacAddress.IsHash(text));
        }
    }
}
