using System;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class GuestEventReaderTests
    {
        [TestMethod]
        public void ValidLogin_IsReadNormalised()
        {
            var guest = GuestEvents.Valid().With(EventField.Email, "  Ann@Example.COM ").With(EventField.Mobile, "07700 900123").With(EventField.Gender, "f").Build();

            Assert.AreEqual("ann@example.com", guest.Identity.Email!.Value);
            Assert.AreEqual("+447700900123", guest.Identity.Phone!.Value);
            Assert.AreEqual(Gender.Female, guest.Gender);
            StringAssert.StartsWith(guest.Identity.Key.Value, "email-");
        }

        [TestMethod]
        public void JourneyTime_StandsInForAMissingSessionStart()
        {
            var journey = GuestEvents.Now.AddMinutes(-3);

            var guest = GuestEvents.Valid().With(EventField.SessionStart, null).With(EventField.JourneyTime, journey).Build();

            Assert.AreEqual(journey, guest.SessionStart);
        }

        [TestMethod]
        public void Dates_AreKeptToTheSecondAsDataverseStoresThem()
        {
            var guest = GuestEvents.Valid().With(EventField.SessionStart, GuestEvents.Now.AddMilliseconds(-1500)).Build();

            Assert.AreEqual(GuestEvents.Now.AddSeconds(-2), guest.SessionStart);
        }

        [TestMethod]
        [DataRow(EventField.SessionId, null, WifiErrorCodes.MissingField)]
        [DataRow(EventField.SessionId, "   ", WifiErrorCodes.MissingField)]
        [DataRow(EventField.Venue, null, WifiErrorCodes.MissingField)]
        [DataRow(EventField.Email, "not-an-email", WifiErrorCodes.InvalidEmail)]
        [DataRow(EventField.Gender, "Q", WifiErrorCodes.InvalidGender)]
        [DataRow(EventField.DateOfBirth, "1990-02-30", WifiErrorCodes.InvalidDateOfBirth)]
        [DataRow(EventField.DateOfBirth, "1899-12-31", WifiErrorCodes.InvalidDateOfBirth)]
        [DataRow(EventField.DateOfBirth, "2030-01-01", WifiErrorCodes.InvalidDateOfBirth)]
        [DataRow(EventField.DateOfBirth, "18/03/1990", WifiErrorCodes.InvalidDateOfBirth)]
        [DataRow(EventField.MacAddress, "aa:bb:cc", WifiErrorCodes.InvalidMac)]
        [DataRow(EventField.MacHash, "abc", WifiErrorCodes.InvalidMac)]
        public void InvalidField_IsRejectedWithItsCodeAndName(string field, string? value, string code)
        {
            var reading = GuestEvents.Valid().With(field, value).Read();

            Assert.IsFalse(reading.IsValid);
            Assert.AreEqual(code, reading.Errors[0].Code);
            Assert.AreEqual(field, reading.Errors[0].Field);
        }

        [TestMethod]
        [DataRow(EventField.SessionId, 101)]
        [DataRow(EventField.Venue, 101)]
        [DataRow(EventField.FirstName, 51)]
        [DataRow(EventField.LastName, 51)]
        [DataRow(EventField.ConsentChannel, 51)]
        [DataRow(EventField.GuestId, 101)]
        [DataRow(EventField.Zone, 101)]
        [DataRow(EventField.AuthMethod, 51)]
        [DataRow(EventField.Email, 101)]
        [DataRow(EventField.Mobile, 51)]
        public void OversizedText_IsRejectedNamingTheField(string field, int length)
        {
            var reading = GuestEvents.Valid().With(field, new string('7', length)).Read();

            Assert.AreEqual(WifiErrorCodes.FieldTooLong, reading.Errors.Single(error => error.Field == field).Code);
        }

        [TestMethod]
        public void NoEmailAndNoMobile_IsNoIdentity()
        {
            var reading = GuestEvents.Valid().With(EventField.Email, null).Read();

            Assert.AreEqual(WifiErrorCodes.NoIdentity, reading.Errors.Single().Code);
        }

        [TestMethod]
        public void NationalMobileWithoutDefaultCountry_IsUnplaceable()
        {
            var reading = GuestEvents.Valid().With(EventField.Email, null).With(EventField.Mobile, "07700 900123").Read(defaultCountry: null);

            Assert.AreEqual(WifiErrorCodes.InvalidMobile, reading.Errors.Single().Code);
        }

        [TestMethod]
        public void InternationalMobile_NeverAsksForTheDefaultCountry()
        {
            var asked = false;

            var reading = GuestEventReader.Read(
                new EventFields { [EventField.SessionId] = "s", [EventField.Venue] = "v", [EventField.SessionStart] = GuestEvents.Now, [EventField.Mobile] = "+44 7700 900123" },
                () => { asked = true; return "GB"; },
                GuestEvents.Now);

            Assert.IsTrue(reading.IsValid);
            Assert.IsFalse(asked);
        }

        [TestMethod]
        public void SessionEndBeforeStart_IsRejectedOnSessionEnd()
        {
            var reading = GuestEvents.Valid().WithSession("s", GuestEvents.Now.AddHours(-1), GuestEvents.Now.AddHours(-2)).Read();

            Assert.AreEqual(WifiErrorCodes.SessionEndBeforeStart, reading.Errors.Single().Code);
            Assert.AreEqual(EventField.SessionEnd, reading.Errors.Single().Field);
        }

        [TestMethod]
        [DataRow(EventField.SessionStart, -1)]
        [DataRow(EventField.SessionStart, 1)]
        [DataRow(EventField.SessionEnd, 1)]
        [DataRow(EventField.JourneyTime, -1)]
        [DataRow(EventField.ConsentTimestamp, 1)]
        public void DateFarInThePastOrFuture_IsOutOfRange(string field, int direction)
        {
            var date = direction < 0 ? new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc) : GuestEvents.Now.AddHours(24).AddSeconds(1);

            var reading = GuestEvents.Valid().With(field, date).Read();

            Assert.AreEqual(WifiErrorCodes.DateOutOfRange, reading.Errors.Single(error => error.Field == field).Code);
        }

        [TestMethod]
        public void MissingStartAndJourneyTime_IsAMissingSessionStart()
        {
            var reading = GuestEvents.Valid().With(EventField.SessionStart, null).Read();

            Assert.AreEqual(EventField.SessionStart, reading.Errors.Single().Field);
            Assert.AreEqual(WifiErrorCodes.MissingField, reading.Errors.Single().Code);
        }

        [TestMethod]
        public void SeveralInvalidFields_AreAllReportedInContractOrder()
        {
            var reading = GuestEvents.Valid()
                .With(EventField.AuthMethod, new string('a', 51))
                .With(EventField.Email, "bad")
                .With(EventField.SessionId, null)
                .Read();

            CollectionAssert.AreEqual(new[] { EventField.SessionId, EventField.Email, EventField.AuthMethod }, reading.Errors.Select(error => error.Field).ToArray());
            StringAssert.StartsWith(WifiRejection.MessageFor(reading.Errors), WifiErrorCodes.MissingField + ": ");
        }

        [TestMethod]
        public void MacAndHashTogether_AreRefused()
        {
            var reading = GuestEvents.Valid().With(EventField.MacAddress, "a4:5e:60:c2:11:0b").With(EventField.MacHash, new string('a', 64)).Read();

            Assert.AreEqual(WifiErrorCodes.InvalidMac, reading.Errors.Single().Code);
        }

        [TestMethod]
        public void HashGivenAsMacAddress_IsStoredAsGivenInLowerCase()
        {
            var guest = GuestEvents.Valid().With(EventField.MacAddress, new string('A', 64)).Build();

            Assert.AreEqual(new string('a', 64), guest.MacHash);
            Assert.IsNull(guest.Mac);
        }

        [TestMethod]
        [DataRow("U")]
        [DataRow("o")]
        [DataRow("X")]
        [DataRow("")]
        public void GenderNotStated_IsAccepted(string letter)
        {
            Assert.AreEqual(Gender.NotStated, GuestEvents.Valid().With(EventField.Gender, letter).Build().Gender);
        }

        [TestMethod]
        public void ErrorMessages_NeverRepeatTheValues()
        {
            var reading = GuestEvents.Valid()
                .With(EventField.Email, "ann.smith@@example.com")
                .With(EventField.Mobile, "+44 7700 9001234567890")
                .With(EventField.MacAddress, "a4:5e:60:c2:11:0bzz")
                .Read();

            var text = WifiRejection.MessageFor(reading.Errors);
            Assert.AreEqual(3, reading.Errors.Count);
            Assert.IsFalse(text.Contains("ann") || text.Contains("7700") || text.Contains("a4:5e"), text);
        }
    }
}
