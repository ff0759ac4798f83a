using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class FilterCompilerTests
    {
        [TestMethod]
        public void NestedOrInsideAnd_CombinesAsWritten()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("fullname", ConditionOperator.NotEqual, "Cy");
            var either = query.Criteria.AddFilter(LogicalOperator.Or);
            either.AddCondition("fullname", ConditionOperator.Equal, "Bob");
            either.AddCondition("fullname", ConditionOperator.Equal, "Cy");
            query.AddOrder("fullname", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void EmptyOrFilter_IsIgnored()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddFilter(LogicalOperator.Or);

            var result = data.Source.Run(query);

            Assert.AreEqual(3, result.Entities.Count);
        }

        [TestMethod]
        public void ConditionOnOuterLinkAlias_FindsRowsWithoutChildren()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            var visits = query.AddLink("cr_wifivisit", "contactid", "cr_contactid", JoinOperator.LeftOuter);
            visits.EntityAlias = "v";
            query.Criteria.AddCondition("v", "cr_wifivisitid", ConditionOperator.Null);

            var result = data.Source.Run(query);

            Assert.AreEqual("Cy", result.Names());
        }

        [TestMethod]
        public void ConditionNamingALinkedTableWithoutAlias_AppliesToThatLink()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddLink("account", "parentcustomerid", "accountid");
            query.Criteria.AddCondition("account", "name", ConditionOperator.Equal, "Airport");

            var result = data.Source.Run(query);

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void CompareColumns_ComparesTwoColumnsOfTheRow()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "same"), ("emailaddress1", "SAME"));
            source.Add("contact", ("fullname", "other"), ("emailaddress1", "x"));
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("fullname", ConditionOperator.Equal, true, "emailaddress1");

            var result = source.Run(query);

            Assert.AreEqual("same", result.Names());
        }
    }
}
