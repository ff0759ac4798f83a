using System;
using DynamicsWifi.Plugins.Ingest.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class JsonWriterTests
    {
        [TestMethod]
        public void WrittenText_ParsesBackToTheSameValues()
        {
            var awkward = "quote\" backslash\\ newline\n tab\t nul\u0000 separator\u2028 emoji\U0001F600";

            var text = new JsonWriter().BeginArray()
                .BeginObject().Member("s", awkward).Member("n", -3).Member("b", false).Member("g", Guid.Empty).Name("null").Value((string?)null).EndObject()
                .BeginObject().EndObject()
                .EndArray().ToString();

            var value = JsonParser.Parse(text, 100);
            Assert.AreEqual(awkward, value.Items[0].Members[0].Value.Text);
            Assert.AreEqual("-3", value.Items[0].Members[1].Value.Text);
            Assert.IsFalse(value.Items[0].Members[2].Value.Boolean);
            Assert.AreEqual("00000000-0000-0000-0000-000000000000", value.Items[0].Members[3].Value.Text);
            Assert.AreEqual(JsonKind.Null, value.Items[0].Members[4].Value.Kind);
            Assert.AreEqual(0, value.Items[1].Members.Count);
        }

        [TestMethod]
        public void DateTime_IsWrittenAsUtcRoundTrip()
        {
            var text = new JsonWriter().Value(new DateTime(2026, 3, 18, 15, 5, 0, DateTimeKind.Utc)).ToString();

            Assert.AreEqual("\"2026-03-18T15:05:00.0000000Z\"", text);
        }
    }
}
