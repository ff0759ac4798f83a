using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>eq-userid / ne-userid against the caller, and contain-values on Choices columns.</summary>
    [TestClass]
    public sealed class UserAndMultiSelectOperatorsTests
    {
        private static TestRowSource People()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "Ann"), ("ownerid", new EntityReference("systemuser", QueryFixture.Caller)),
                ("cr_interests", new OptionSetValueCollection { new OptionSetValue(1), new OptionSetValue(2) }));
            source.Add("contact", ("fullname", "Bob"), ("ownerid", new EntityReference("systemuser", Guid.NewGuid())),
                ("cr_interests", new OptionSetValueCollection { new OptionSetValue(3) }));
            source.Add("contact", ("fullname", "Cy"));
            return source;
        }

        [TestMethod]
        public void EqualUserId_MatchesRowsOfTheCaller() =>
            Assert.AreEqual("Ann", People().Run(QueryFixture.Contacts(new ConditionExpression("ownerid", ConditionOperator.EqualUserId))).Names());

        [TestMethod]
        public void NotEqualUserId_MatchesOtherUsersRows() =>
            Assert.AreEqual("Bob", People().Run(QueryFixture.Contacts(new ConditionExpression("ownerid", ConditionOperator.NotEqualUserId))).Names());

        [TestMethod]
        public void EqualUserTeams_IsRefusedAsUnsupported()
        {
            var fault = QueryFixture.Fails(() => People().Run(QueryFixture.Contacts(new ConditionExpression("ownerid", ConditionOperator.EqualUserTeams))));

            Assert.AreEqual(unchecked((int)0x80041120), fault.ErrorCode);
        }

        [TestMethod]
        [DataRow(ConditionOperator.Under)]
        [DataRow(ConditionOperator.AboveOrEqual)]
        [DataRow(ConditionOperator.EqualBusinessId)]
        [DataRow(ConditionOperator.EqualUserLanguage)]
        [DataRow(ConditionOperator.Mask)]
        [DataRow(ConditionOperator.ChildOf)]
        [DataRow(ConditionOperator.EqualUserOrUserHierarchy)]
        [DataRow(ConditionOperator.ThisFiscalYear)]
        public void OperatorTheEmulatorDoesNotEvaluate_IsRefusedNeverMatched(ConditionOperator op)
        {
            var fault = QueryFixture.Fails(() => People().Run(QueryFixture.Contacts(new ConditionExpression("ownerid", op))));

            Assert.AreEqual(unchecked((int)0x80041120), fault.ErrorCode);
            StringAssert.Contains(fault.Message, op.ToString());
        }

        [TestMethod]
        public void ContainValues_MatchesAnySelectedOption() =>
            Assert.AreEqual("Ann,Bob", People().Run(QueryFixture.Contacts(new ConditionExpression("cr_interests", ConditionOperator.ContainValues, 2, 3))).Names());

        [TestMethod]
        public void DoesNotContainValues_LeavesOutRowsWithTheOptionOrNothingSelected() =>
            Assert.AreEqual("Bob", People().Run(QueryFixture.Contacts(new ConditionExpression("cr_interests", ConditionOperator.DoesNotContainValues, 1))).Names());

        [TestMethod]
        public void ContainsOnMultiSelect_ReadsAsContainValues() =>
            Assert.AreEqual("Ann", People().Run(QueryFixture.Contacts(new ConditionExpression("cr_interests", ConditionOperator.Contains, 1))).Names());

        [TestMethod]
        public void EqualOnMultiSelect_ComparesTheWholeSelection() =>
            Assert.AreEqual("Ann", People().Run(QueryFixture.Contacts(new ConditionExpression("cr_interests", ConditionOperator.Equal, 2, 1))).Names());
    }
}
