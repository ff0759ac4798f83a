using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class LikeOperatorsTests
    {
        private static TestRowSource People()
        {
            var source = QueryFixture.NewSource();
            foreach (var name in new[] { "Anna", "Annie", "Bob", "Hannah", "an_x" })
            {
                source.Add("contact", ("fullname", name));
            }

            return source;
        }

        [TestMethod]
        [DataRow("ann%", "Anna,Annie")]
        [DataRow("%nn%", "Anna,Annie,Hannah")]
        [DataRow("_ob", "Bob")]
        [DataRow("[ab]%", "an_x,Anna,Annie,Bob")]
        [DataRow("[^ab]%", "Hannah")]
        public void Like_UsesSqlWildcardsCaseInsensitively(string pattern, string expected)
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.Like, pattern)));

            Assert.AreEqual(expected, result.Names());
        }

        [TestMethod]
        public void NotLike_KeepsWhatDoesNotMatch()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.NotLike, "%n%")));

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void BeginsWith_MatchesThePrefix()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.BeginsWith, "AN")));

            Assert.AreEqual("an_x,Anna,Annie", result.Names());
        }

        [TestMethod]
        public void EndsWith_MatchesTheSuffix()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.EndsWith, "nah")));

            Assert.AreEqual("Hannah", result.Names());
        }

        [TestMethod]
        public void DoesNotBeginWith_KeepsTheOthers()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.DoesNotBeginWith, "an")));

            Assert.AreEqual("Bob,Hannah", result.Names());
        }

        [TestMethod]
        public void ContainsOnText_FailsAsWithoutAFullTextIndex()
        {
            var fault = QueryFixture.Fails(() => People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.Contains, "nn"))));

            Assert.AreEqual(unchecked((int)0x80044150), fault.ErrorCode);
        }
    }
}
