using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>eq, ne, gt/ge/lt/le, null, in, between: SQL's semantics over the column's type.</summary>
    [TestClass]
    public sealed class ScalarOperatorTests
    {
        private static TestRowSource People()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "Ann"), ("emailaddress1", "Ann@Example.com"), ("numberofchildren", 2), ("gendercode", new OptionSetValue(2)), ("creditlimit", new Money(100m)));
            source.Add("contact", ("fullname", "Bob"), ("emailaddress1", "bob@example.com"), ("numberofchildren", 0), ("gendercode", new OptionSetValue(1)), ("creditlimit", new Money(250m)));
            source.Add("contact", ("fullname", "Cy"), ("numberofchildren", null), ("creditlimit", null));
            return source;
        }

        [TestMethod]
        public void EqualOnText_IgnoresCaseAndTrailingSpaces()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("emailaddress1", ConditionOperator.Equal, "ANN@EXAMPLE.COM  ")));

            Assert.AreEqual("Ann", result.Names());
        }

        [TestMethod]
        public void NotEqual_LeavesOutRowsWithoutAValue()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.NotEqual, 2)));

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void EqualOnChoice_AcceptsIntOrOptionSetValue()
        {
            var byInt = People().Run(QueryFixture.Contacts(new ConditionExpression("gendercode", ConditionOperator.Equal, 2)));
            var byOption = People().Run(QueryFixture.Contacts(new ConditionExpression("gendercode", ConditionOperator.Equal, new OptionSetValue(2))));

            Assert.AreEqual("Ann", byInt.Names());
            Assert.AreEqual("Ann", byOption.Names());
        }

        [TestMethod]
        [DataRow(ConditionOperator.GreaterThan, 0, "Ann")]
        [DataRow(ConditionOperator.GreaterEqual, 0, "Ann,Bob")]
        [DataRow(ConditionOperator.LessThan, 2, "Bob")]
        [DataRow(ConditionOperator.LessEqual, 2, "Ann,Bob")]
        public void Comparison_ComparesNumbersAndSkipsNulls(ConditionOperator op, int bound, string expected)
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", op, bound)));

            Assert.AreEqual(expected, result.Names());
        }

        [TestMethod]
        public void GreaterThanOnMoney_ComparesTheAmount()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("creditlimit", ConditionOperator.GreaterThan, new Money(150m))));

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void Null_MatchesMissingAndClearedValues()
        {
            var source = People();
            source.Add("contact", ("fullname", "Dee"));

            var result = source.Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.Null)));

            Assert.AreEqual("Cy,Dee", result.Names());
        }

        [TestMethod]
        public void NotNull_MatchesRowsWithAValue()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.NotNull)));

            Assert.AreEqual("Ann,Bob", result.Names());
        }

        [TestMethod]
        public void In_MatchesAnyListedValue()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.In, new[] { "ann", "Cy", "Zed" })));

            Assert.AreEqual("Ann,Cy", result.Names());
        }

        [TestMethod]
        public void NotIn_LeavesOutListedValuesAndNulls()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.NotIn, new[] { 2, 5 })));

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void Between_IncludesBothBounds()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.Between, 0, 2)));

            Assert.AreEqual("Ann,Bob", result.Names());
        }

        [TestMethod]
        public void NotBetween_LeavesOutTheRangeAndNulls()
        {
            var result = People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.NotBetween, 1, 5)));

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void BetweenWithOneValue_IsRefused()
        {
            var fault = QueryFixture.Fails(() => People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.Between, 1))));

            Assert.AreEqual(unchecked((int)0x80040203), fault.ErrorCode);
        }

        [TestMethod]
        public void ValueOfTheWrongType_IsRefusedWithDataversesMessage()
        {
            var fault = QueryFixture.Fails(() => People().Run(QueryFixture.Contacts(new ConditionExpression("numberofchildren", ConditionOperator.Equal, "2"))));

            Assert.AreEqual(unchecked((int)0x80040203), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "expected argument(s) of type 'System.Int32' but received 'System.String'");
        }

        [TestMethod]
        public void EqualOnLookup_AcceptsAnIdOrAReference()
        {
            var source = QueryFixture.NewSource();
            var account = Guid.NewGuid();
            source.Add("contact", ("fullname", "Ann"), ("parentcustomerid", new EntityReference("account", account)));
            source.Add("contact", ("fullname", "Bob"));

            var byId = source.Run(QueryFixture.Contacts(new ConditionExpression("parentcustomerid", ConditionOperator.Equal, account)));
            var byReference = source.Run(QueryFixture.Contacts(new ConditionExpression("parentcustomerid", ConditionOperator.Equal, new EntityReference("account", account))));

            Assert.AreEqual("Ann", byId.Names());
            Assert.AreEqual("Ann", byReference.Names());
        }
    }
}
