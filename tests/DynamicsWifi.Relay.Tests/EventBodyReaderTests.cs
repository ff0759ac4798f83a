using System;
using System.Text;
using DynamicsWifi.Relay.Intake;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Relay.Tests
{
    [TestClass]
    public sealed class EventBodyReaderTests
    {
        private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        [TestMethod]
        public void JourneyTimeWithoutOffset_IsReadInTheConfiguredZone()
        {
            var body = "{\"SessionId\":\"s-1\",\"Venue\":\"V\",\"Email\":\"a@b.c\",\"JourneyTime\":\"2026-07-01 9:05:00\"}";

            var events = new EventBodyReader(Paris).Read(Encoding.UTF8.GetBytes(body), out _);

            Assert.AreEqual(new DateTime(2026, 7, 1, 7, 5, 0, DateTimeKind.Utc), events![0].Login!.JourneyTime);
        }

        [TestMethod]
        public void IsoDateWithOffset_KeepsItsOffset()
        {
            var body = "{\"SessionId\":\"s-1\",\"SessionStart\":\"2026-07-01T09:05:00+02:00\"}";

            var events = new EventBodyReader(TimeZoneInfo.Utc).Read(Encoding.UTF8.GetBytes(body), out _);

            Assert.AreEqual(new DateTime(2026, 7, 1, 7, 5, 0, DateTimeKind.Utc), events![0].Login!.SessionStart);
        }

        [TestMethod]
        public void UnreadableDate_RefusesThatEventWithItsField()
        {
            var body = "[{\"SessionId\":\"s-1\",\"SessionStart\":\"yesterday\"},{\"SessionId\":\"s-2\"}]";

            var events = new EventBodyReader(TimeZoneInfo.Utc).Read(Encoding.UTF8.GetBytes(body), out _);

            Assert.AreEqual("WIFI_INVALID_DATE", events![0].Refusal!.Code);
            Assert.AreEqual("SessionStart", events[0].Refusal!.Field);
            Assert.IsNotNull(events[1].Login);
        }

        [TestMethod]
        public void UnknownField_RefusesThatEvent()
        {
            var events = new EventBodyReader(TimeZoneInfo.Utc).Read(Encoding.UTF8.GetBytes("{\"SessionId\":\"s-1\",\"Colour\":\"red\"}"), out _);

            Assert.AreEqual("WIFI_UNKNOWN_FIELD", events![0].Refusal!.Code);
            Assert.AreEqual("Colour", events[0].Refusal!.Field);
        }

        [TestMethod]
        public void MalformedJson_IsNotAnEvent()
        {
            var events = new EventBodyReader(TimeZoneInfo.Utc).Read(Encoding.UTF8.GetBytes("{\"SessionId\":"), out var refusal);

            Assert.IsNull(events);
            Assert.AreEqual("The body is not JSON.", refusal);
        }

        [TestMethod]
        public void EmptyList_IsNotAnEvent()
        {
            var events = new EventBodyReader(TimeZoneInfo.Utc).Read(Encoding.UTF8.GetBytes("[]"), out var refusal);

            Assert.IsNull(events);
            Assert.IsNotNull(refusal);
        }
    }
}
