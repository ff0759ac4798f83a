using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Ingest.Json;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class BatchEventsReaderTests
    {
        private const string Event = "{\"SessionId\":\"s-1\",\"Venue\":\"Spa\",\"SessionStart\":\"2026-03-18T14:55:00Z\",\"Email\":\"ann@example.com\"}";

        [TestMethod]
        public void ArrayOfEvents_IsReadWithIndexes()
        {
            var reading = Read("[" + Event + "," + Event.Replace("s-1", "s-2") + "]");

            Assert.IsNull(reading.Refusal);
            CollectionAssert.AreEqual(new[] { 0, 1 }, reading.Events.Select(item => item.Index).ToArray());
            Assert.AreEqual("s-2", reading.Events[1].Reading.Event!.SessionId);
        }

        [TestMethod]
        [DataRow("{\"a\":1}", WifiErrorCodes.BatchNotJsonArray)]
        [DataRow("[", WifiErrorCodes.BatchNotJsonArray)]
        [DataRow("not json", WifiErrorCodes.BatchNotJsonArray)]
        [DataRow(null, WifiErrorCodes.MissingField)]
        public void TextThatIsNotAnArray_RefusesTheBatch(string? events, string code)
        {
            var reading = Read(events);

            Assert.AreEqual(code, reading.Refusal!.Code);
            Assert.AreEqual(BatchField.Events, reading.Refusal.Field);
        }

        [TestMethod]
        public void MoreThan500Events_RefusesTheBatch()
        {
            var reading = Read("[" + string.Join(",", Enumerable.Repeat(Event, 501)) + "]");

            Assert.AreEqual(WifiErrorCodes.BatchTooLarge, reading.Refusal!.Code);
        }

        [TestMethod]
        public void TextBeyondTheSizeLimit_RefusesTheBatchUnparsed()
        {
            var reading = Read(new string(' ', BatchEventsReader.MaxTextLength + 1));

            Assert.AreEqual(WifiErrorCodes.BatchTooLarge, reading.Refusal!.Code);
        }

        [TestMethod]
        [DataRow("[1]", WifiErrorCodes.EventNotObject, "Event")]
        [DataRow("[{\"SessionId\":\"s\",\"Venue\":\"v\",\"SessionStart\":\"2026-03-18T14:55:00Z\",\"email\":\"a@b.co\",\"Email\":\"a@b.co\"}]", WifiErrorCodes.UnknownField, "email")]
        [DataRow("[{\"SessionId\":\"s\",\"SessionId\":\"t\",\"Venue\":\"v\",\"SessionStart\":\"2026-03-18T14:55:00Z\",\"Email\":\"a@b.co\"}]", WifiErrorCodes.DuplicateField, "SessionId")]
        [DataRow("[{\"SessionId\":7,\"Venue\":\"v\",\"SessionStart\":\"2026-03-18T14:55:00Z\",\"Email\":\"a@b.co\"}]", WifiErrorCodes.WrongJsonType, "SessionId")]
        [DataRow("[{\"SessionId\":\"s\",\"Venue\":\"v\",\"SessionStart\":\"2026-03-18T14:55:00Z\",\"Email\":\"a@b.co\",\"CanReceiveEmail\":\"true\"}]", WifiErrorCodes.WrongJsonType, "CanReceiveEmail")]
        [DataRow("[{\"SessionId\":\"s\",\"Venue\":{},\"SessionStart\":\"2026-03-18T14:55:00Z\",\"Email\":\"a@b.co\"}]", WifiErrorCodes.WrongJsonType, "Venue")]
        [DataRow("[{\"SessionId\":\"s\",\"Venue\":\"v\",\"SessionStart\":\"yesterday\",\"Email\":\"a@b.co\"}]", WifiErrorCodes.InvalidDate, "SessionStart")]
        public void BadEvent_IsRejectedAloneWithItsIndex(string events, string code, string field)
        {
            var reading = Read(events);

            Assert.IsNull(reading.Refusal);
            var error = reading.Events.Single().Reading.Errors.First();
            Assert.AreEqual(code, error.Code);
            Assert.AreEqual(field, error.Field);
        }

        [TestMethod]
        public void UnknownNameHoldingGuestData_IsNotEchoed()
        {
            var reading = Read("[{\"ann@example.com\":1,\"+447700900123\":2}]");

            var fields = reading.Events.Single().Reading.Errors.Where(error => error.Code == WifiErrorCodes.UnknownField).Select(error => error.Field).ToList();
            CollectionAssert.AreEqual(new[] { "(unnamed)", "(unnamed)" }, fields);
        }

        [TestMethod]
        public void DateWithoutOffset_IsReadAsUtc()
        {
            var reading = Read("[" + Event.Replace("14:55:00Z", "14:55:00") + "]");

            Assert.AreEqual(GuestEvents.Now.AddMinutes(-5), reading.Events[0].Reading.Event!.SessionStart);
        }

        [TestMethod]
        public void StoredEvents_ReadBackAsTheSameLogins()
        {
            var original = GuestEvents.Valid().With(EventField.Mobile, "07700 900123").With(EventField.FirstName, "Ann").With(EventField.Gender, "F")
                .With(EventField.DateOfBirth, "1990-05-17").With(EventField.CanReceiveEmail, false).With(EventField.MacHash, new string('b', 64)).Build();

            var stored = BatchJson.StoredEvents(new[] { new System.Collections.Generic.KeyValuePair<int, GuestEvent>(7, original) });
            var read = BatchJson.ReadStoredEvents(stored, GuestEvents.Now).Single();

            Assert.AreEqual(7, read.Index);
            var again = read.Reading.Event!;
            Assert.AreEqual(original.Identity.Key, again.Identity.Key);
            Assert.AreEqual(original.Identity.Phone, again.Identity.Phone);
            Assert.AreEqual(original.SessionStart, again.SessionStart);
            Assert.AreEqual(original.DateOfBirth, again.DateOfBirth);
            Assert.AreEqual(Gender.Female, again.Gender);
            Assert.AreEqual(false, again.CanReceiveEmail);
            Assert.AreEqual(original.MacHash, again.MacHash);
        }

        private static BatchReading Read(string? events) => BatchEventsReader.Read(events, () => "GB", GuestEvents.Now);
    }
}
