using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class QueryPlanTests
    {
        [TestMethod]
        public void UnknownTable_FailsWithQueryBuilderNoEntity()
        {
            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(new QueryExpression("nosuchtable")));

            Assert.AreEqual(unchecked((int)0x80041102), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "nosuchtable");
        }

        [TestMethod]
        public void UnknownConditionColumn_FailsWithQueryBuilderNoAttribute()
        {
            var query = new QueryExpression("contact");
            query.Criteria.AddCondition("nosuchcolumn", ConditionOperator.Equal, "x");

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x80041103), fault.ErrorCode);
        }

        [TestMethod]
        public void UnknownLinkedTable_FailsWithQueryBuilderNoEntity()
        {
            var query = new QueryExpression("contact");
            query.AddLink("nosuchtable", "contactid", "contactid");

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x80041102), fault.ErrorCode);
        }

        [TestMethod]
        public void UnknownLinkColumn_FailsWithQueryBuilderNoAttribute()
        {
            var query = new QueryExpression("contact");
            query.AddLink("account", "parentcustomerid", "accountid").Columns = new ColumnSet("nosuchcolumn");

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x80041103), fault.ErrorCode);
        }

        [TestMethod]
        public void ConditionOnUnknownAlias_FailsWithNoAlias()
        {
            var query = new QueryExpression("contact");
            query.Criteria.AddCondition("ghost", "name", ConditionOperator.Null);

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x8004110b), fault.ErrorCode);
        }

        [TestMethod]
        public void DuplicateAlias_IsRefused()
        {
            var query = new QueryExpression("contact");
            query.AddLink("account", "parentcustomerid", "accountid").EntityAlias = "a";
            query.AddLink("account", "parentcustomerid", "accountid").EntityAlias = "a";

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x80041130), fault.ErrorCode);
        }
    }
}
