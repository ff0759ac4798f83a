using System;
using System.Linq;
using System.Text;
using DynamicsWifi.Plugins.Ingest.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class JsonParserTests
    {
        private const int Budget = 10000;

        [TestMethod]
        public void ObjectsArraysAndScalars_AreRead()
        {
            var value = JsonParser.Parse(" [ {\"a\":\"x\\u00e9\\n\",\"b\":true,\"c\":null,\"d\":-1.5e3}, [] ] ", Budget);

            var first = value.Items[0];
            Assert.AreEqual("x\u00e9\n", first.Members[0].Value.Text);
            Assert.IsTrue(first.Members[1].Value.Boolean);
            Assert.AreEqual(JsonKind.Null, first.Members[2].Value.Kind);
            Assert.AreEqual("-1.5e3", first.Members[3].Value.Text);
            Assert.AreEqual(JsonKind.Array, value.Items[1].Kind);
        }

        [TestMethod]
        public void RepeatedMemberNames_AreAllKept()
        {
            var value = JsonParser.Parse("{\"a\":1,\"a\":2}", Budget);

            Assert.AreEqual(2, value.Members.Count);
        }

        [TestMethod]
        public void EscapedSurrogatePair_IsOneCharacterPair()
        {
            var value = JsonParser.Parse("\"\\ud83d\\ude00\"", Budget);

            Assert.AreEqual("\U0001F600", value.Text);
        }

        [TestMethod]
        [DataRow("\"\\ud83d\"", "unpaired")]
        [DataRow("\"\\ude00\"", "unpaired")]
        [DataRow("\"\\ud83d\\u0041\"", "unpaired")]
        [DataRow("\"a\nb\"", "control character")]
        [DataRow("\"abc", "unterminated")]
        [DataRow("\"\\x\"", "unknown escape")]
        [DataRow("\"\\u12\"", "\\u escape")]
        [DataRow("[1,]", "unexpected character")]
        [DataRow("[1 2]", "expected ','")]
        [DataRow("{\"a\" 1}", "expected ':'")]
        [DataRow("{a:1}", "member name")]
        [DataRow("[] x", "after the value")]
        [DataRow("01", "after the value")]
        [DataRow("1.", "decimal point")]
        [DataRow("1e", "exponent")]
        [DataRow("tru", "unexpected character")]
        [DataRow("", "end of text")]
        public void MalformedText_IsRefusedNamingTheRule(string text, string rule)
        {
            var refused = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonParser.Parse(text, Budget));

            StringAssert.Contains(refused.Message, rule);
        }

        [TestMethod]
        public void RawLoneSurrogate_IsRefused()
        {
            var text = "\"a" + '\uD800' + "b\"";

            var refused = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonParser.Parse(text, Budget));

            StringAssert.Contains(refused.Message, "unpaired");
        }

        [TestMethod]
        public void DeepNesting_IsRefusedBeforeTheStackGrows()
        {
            var text = new string('[', 100000) + new string(']', 100000);

            var refused = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonParser.Parse(text, int.MaxValue));

            StringAssert.Contains(refused.Message, "nesting deeper than 16");
        }

        [TestMethod]
        public void HugeNumber_IsRefusedWithoutConversion()
        {
            var text = "[" + new string('9', 100000) + "]";

            var refused = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonParser.Parse(text, Budget));

            StringAssert.Contains(refused.Message, "number longer");
        }

        [TestMethod]
        public void TooManyValues_AreRefused()
        {
            var text = "[" + string.Join(",", Enumerable.Repeat("0", 101)) + "]";

            var refused = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonParser.Parse(text, 100));

            StringAssert.Contains(refused.Message, "more than 100 values");
        }

        [TestMethod]
        public void FiveMegabyteString_IsReadWhole()
        {
            var text = "[\"" + new string('x', 5 * 1024 * 1024) + "\"]";

            var value = JsonParser.Parse(text, Budget);

            Assert.AreEqual(5 * 1024 * 1024, value.Items[0].Text!.Length);
        }

        [TestMethod]
        public void ErrorMessage_NamesThePositionNotTheText()
        {
            var refused = Assert.ThrowsExactly<JsonSyntaxException>(() => JsonParser.Parse("[\"ann@example.com\" \"+447700900123\"]", Budget));

            Assert.IsFalse(refused.Message.Contains("ann") || refused.Message.Contains("7700"), refused.Message);
            Assert.AreEqual(19, refused.Position);
        }

        [TestMethod]
        public void MutatedBatches_EndAsJsonOrAsSyntaxErrorNeverAnythingElse()
        {
            var valid = "[{\"SessionId\":\"s-1\",\"Venue\":\"Spa\",\"SessionStart\":\"2026-03-18T15:00:00Z\",\"Email\":\"ann@example.com\",\"CanReceiveEmail\":true,\"Zone\":null}]";
            var alphabet = "[]{}\",:\\u0123456789eE+-.truefalsnl \t\n\ud800\udc00x";
            var random = new Random(20260318);
            var parsed = 0;

            for (var round = 0; round < 20000; round++)
            {
                var text = new StringBuilder(valid);
                for (var edits = random.Next(1, 4); edits > 0; edits--)
                {
                    var at = random.Next(text.Length);
                    switch (random.Next(3))
                    {
                        case 0: text.Remove(at, 1); break;
                        case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                        default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                    }
                }

                try
                {
                    JsonParser.Parse(text.ToString(), Budget);
                    parsed++;
                }
                catch (JsonSyntaxException)
                {
                }
            }

            Assert.IsTrue(parsed > 0 && parsed < 20000, "both outcomes are exercised: " + parsed);
        }
    }
}
