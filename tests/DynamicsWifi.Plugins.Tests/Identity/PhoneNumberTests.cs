using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Identity
{
    [TestClass]
    public sealed class PhoneNumberTests
    {
        [TestMethod]
        [DataRow("+44 7700 900123", null, "+447700900123")]
        [DataRow("0044 7700-900123", null, "+447700900123")]
        [DataRow("07700 900123", "GB", "+447700900123")]
        [DataRow("(555) 123-4567", "US", "+15551234567")]
        [DataRow("1 555 123 4567", "US", "+15551234567")]
        [DataRow("+1 (555) 123-4567", "DE", "+15551234567")]
        [DataRow("030 1234567", "DE", "+49301234567")]
        [DataRow("06 12 34 56 78", "fr", "+33612345678")]
        [DataRow("06 1234 5678", "IT", "+390612345678")]
        [DataRow("8 912 345 67 89", "RU", "+79123456789")]
        public void WrittenNationallyOrInternationally_BecomesE164(string raw, string? country, string expected)
        {
            var parsed = PhoneNumber.TryParse(raw, country, out var phone);

            Assert.IsTrue(parsed);
            Assert.AreEqual(expected, phone!.Value);
        }

        [TestMethod]
        [DataRow(null, "GB")]
        [DataRow("", "GB")]
        [DataRow("call me", "GB")]
        [DataRow("07700 900123 ext 4", "GB")]
        [DataRow("+44 7700 900123 456789", null)]
        [DataRow("+1 555 123", null)]
        [DataRow("+0 7700 900123", null)]
        [DataRow("12345", "GB")]
        public void MalformedNumbers_AreRejected(string? raw, string? country)
        {
            Assert.IsFalse(PhoneNumber.TryParse(raw, country, out var phone));
            Assert.IsNull(phone);
        }

        [TestMethod]
        public void NationalNumberWithoutDefaultCountry_IsRejected()
        {
            Assert.IsFalse(PhoneNumber.TryParse("07700 900123", null, out _));
            Assert.IsFalse(PhoneNumber.TryParse("07700 900123", "ZZ", out _));
        }

        [TestMethod]
        [DataRow("+44 7700 900123", true)]
        [DataRow(" 0044 7700 900123", true)]
        [DataRow("07700 900123", false)]
        public void IsWrittenInternationally_TellsWhetherACountryIsNeeded(string raw, bool expected)
        {
            Assert.AreEqual(expected, PhoneNumber.IsWrittenInternationally(raw));
        }

        [TestMethod]
        public void ToString_NeverShowsTheNumber()
        {
            PhoneNumber.TryParse("+447700900123", null, out var phone);

            Assert.IsFalse(phone!.ToString().Contains("7700"));
        }
    }
}
