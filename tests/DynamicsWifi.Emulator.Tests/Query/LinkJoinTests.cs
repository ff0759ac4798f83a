using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class LinkJoinTests
    {
        [TestMethod]
        public void InnerLink_RepeatsTheRowPerChildWithAliasedValues()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            var visits = query.AddLink("cr_wifivisit", "contactid", "cr_contactid");
            visits.EntityAlias = "visit";
            visits.Columns = new ColumnSet("cr_name", "cr_dwellminutes");
            visits.Orders.Add(new OrderExpression("cr_name", OrderType.Ascending));
            query.AddOrder("fullname", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("Ann,Ann,Bob", result.Names());
            var first = (AliasedValue)result.Entities[0]["visit.cr_name"];
            Assert.AreEqual("cr_wifivisit", first.EntityLogicalName);
            Assert.AreEqual("cr_name", first.AttributeLogicalName);
            Assert.AreEqual("v1", first.Value);
            Assert.AreEqual(45, ((AliasedValue)result.Entities[1]["visit.cr_dwellminutes"]).Value);
        }

        [TestMethod]
        public void OuterLink_KeepsRowsWithoutAMatchAndNoAliasedColumns()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            var account = query.AddLink("account", "parentcustomerid", "accountid", JoinOperator.LeftOuter);
            account.EntityAlias = "acc";
            account.Columns = new ColumnSet("name");
            query.AddOrder("fullname", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("Ann,Bob,Cy", result.Names());
            Assert.AreEqual("Harbour Hotel", ((AliasedValue)result.Entities[0]["acc.name"]).Value);
            Assert.IsFalse(result.Entities[2].Contains("acc.name"));
        }

        [TestMethod]
        public void LinkWithoutAlias_IsNamedAfterItsTableAndPlace()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddLink("account", "parentcustomerid", "accountid").Columns = new ColumnSet("name");

            var result = data.Source.Run(query);

            Assert.IsTrue(result.Entities.All(entity => entity.Contains("account1.name")));
        }

        [TestMethod]
        public void LinkCriteria_FilterTheJoinedRows()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            var account = query.AddLink("account", "parentcustomerid", "accountid");
            account.LinkCriteria.AddCondition("industrycode", ConditionOperator.Equal, 3);

            var result = data.Source.Run(query);

            Assert.AreEqual("Bob", result.Names());
        }

        [TestMethod]
        public void NestedLink_JoinsFromItsParentLink()
        {
            var data = new WifiData();
            var query = new QueryExpression("cr_wifivisit") { ColumnSet = new ColumnSet("cr_name") };
            var contact = query.AddLink("contact", "cr_contactid", "contactid");
            contact.EntityAlias = "c";
            var account = contact.AddLink("account", "parentcustomerid", "accountid");
            account.EntityAlias = "a";
            account.Columns = new ColumnSet("name");
            account.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Harbour Hotel");
            query.AddOrder("cr_name", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("v1,v2", result.Names("cr_name"));
            Assert.AreEqual("Harbour Hotel", ((AliasedValue)result.Entities[0]["a.name"]).Value);
        }

        [TestMethod]
        public void ExistsAndNotAny_KeepEachRowOnce()
        {
            var data = new WifiData();
            var withVisits = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            withVisits.AddLink("cr_wifivisit", "contactid", "cr_contactid", JoinOperator.Exists);
            withVisits.AddOrder("fullname", OrderType.Ascending);
            var without = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            without.AddLink("cr_wifivisit", "contactid", "cr_contactid", JoinOperator.NotAny);

            Assert.AreEqual("Ann,Bob", data.Source.Run(withVisits).Names());
            Assert.AreEqual("Cy", data.Source.Run(without).Names());
        }

        [TestMethod]
        public void JoinOnALookup_UsesTheIndexNotAScanOfTheChildTable()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("contactid", ConditionOperator.Equal, data.Ann);
            query.AddLink("cr_wifivisit", "contactid", "cr_contactid");

            var result = data.Source.Run(query);

            Assert.AreEqual(2, result.Entities.Count);
            Assert.AreEqual(0, data.Source.Scans);
        }

        [TestMethod]
        public void DistinctOverAOneToManyJoin_ReturnsEachParentOnce()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname"), Distinct = true };
            query.AddLink("cr_wifivisit", "contactid", "cr_contactid");
            query.AddOrder("fullname", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("Ann,Bob", result.Names());
        }

        [TestMethod]
        public void UnsupportedJoinOperator_IsRefused()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact");
            query.AddLink("cr_wifivisit", "contactid", "cr_contactid", JoinOperator.All);

            var fault = QueryFixture.Fails(() => data.Source.Run(query));

            Assert.AreEqual(unchecked((int)0x80041121), fault.ErrorCode);
        }
    }
}
