using System.IO;
using System.Runtime.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class QueryExpressionTests
    {
        [TestMethod]
        public void NewQuery_HasEmptyColumnSetNotAllColumns()
        {
            var query = new QueryExpression("contact");

            Assert.IsNotNull(query.ColumnSet);
            Assert.IsFalse(query.ColumnSet.AllColumns);
            Assert.AreEqual(0, query.ColumnSet.Columns.Count);
        }

        [TestMethod]
        public void NewQuery_HasEmptyAndCriteria()
        {
            var query = new QueryExpression("contact");

            Assert.IsNotNull(query.Criteria);
            Assert.AreEqual(LogicalOperator.And, query.Criteria.FilterOperator);
            Assert.AreEqual(0, query.Criteria.Conditions.Count);
            Assert.AreEqual(0, query.Criteria.Filters.Count);
        }

        [TestMethod]
        public void NewQuery_HasEmptyPageInfoAndNoTopCount()
        {
            var query = new QueryExpression("contact");

            Assert.IsNull(query.TopCount);
            Assert.IsNotNull(query.PageInfo);
            Assert.AreEqual(0, query.PageInfo.PageNumber);
            Assert.AreEqual(0, query.PageInfo.Count);
            Assert.IsNull(query.PageInfo.PagingCookie);
        }

        [TestMethod]
        public void NewQuery_HasNoLinksOrdersOrFlags()
        {
            var query = new QueryExpression("contact");

            Assert.AreEqual("contact", query.EntityName);
            Assert.AreEqual(0, query.LinkEntities.Count);
            Assert.AreEqual(0, query.Orders.Count);
            Assert.IsFalse(query.Distinct);
            Assert.IsFalse(query.NoLock);
            Assert.IsNull(query.QueryHints);
            Assert.IsNull(query.DataSource);
            Assert.IsNull(query.SubQueryExpression);
        }

        [TestMethod]
        public void DefaultConstructor_HasNoEntityNameButSameDefaults()
        {
            var query = new QueryExpression();

            Assert.IsNull(query.EntityName);
            Assert.IsNotNull(query.ColumnSet);
            Assert.IsNotNull(query.Criteria);
            Assert.IsNotNull(query.PageInfo);
        }

        [TestMethod]
        public void AddLink_StartsFromTheQueryTableWithInnerJoin()
        {
            var query = new QueryExpression("account");

            var link = query.AddLink("contact", "primarycontactid", "contactid");

            Assert.AreEqual("account", link.LinkFromEntityName);
            Assert.AreEqual("contact", link.LinkToEntityName);
            Assert.AreEqual("primarycontactid", link.LinkFromAttributeName);
            Assert.AreEqual("contactid", link.LinkToAttributeName);
            Assert.AreEqual(JoinOperator.Inner, link.JoinOperator);
            Assert.AreSame(link, query.LinkEntities[0]);
        }

        [TestMethod]
        public void AddLinkWithJoinOperator_UsesThatOperator()
        {
            var query = new QueryExpression("account");

            var link = query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

            Assert.AreEqual(JoinOperator.LeftOuter, link.JoinOperator);
        }

        [TestMethod]
        public void AddLink_ReturnsLinkReadyForColumnsAndCriteria()
        {
            var query = new QueryExpression("account");

            var link = query.AddLink("contact", "primarycontactid", "contactid");
            link.Columns.AddColumn("fullname");
            link.LinkCriteria.AddCondition("statecode", ConditionOperator.Equal, 0);

            Assert.AreEqual("fullname", query.LinkEntities[0].Columns.Columns[0]);
            Assert.AreEqual(1, query.LinkEntities[0].LinkCriteria.Conditions.Count);
        }

        [TestMethod]
        public void AddLink_KeepsTheEntityNameOfWhenItWasCalled()
        {
            var query = new QueryExpression("account");
            var link = query.AddLink("contact", "primarycontactid", "contactid");

            query.EntityName = "lead";

            Assert.AreEqual("account", link.LinkFromEntityName);
        }

        [TestMethod]
        public void AddOrder_AppendsAnOrderWithoutAliasOrEntity()
        {
            var query = new QueryExpression("contact");

            query.AddOrder("lastname", OrderType.Ascending);
            query.AddOrder("createdon", OrderType.Descending);

            Assert.AreEqual(2, query.Orders.Count);
            Assert.AreEqual("lastname", query.Orders[0].AttributeName);
            Assert.AreEqual(OrderType.Descending, query.Orders[1].OrderType);
            Assert.IsNull(query.Orders[0].Alias);
            Assert.IsNull(query.Orders[0].EntityName);
        }

        [TestMethod]
        public void AddOrderWithAliasAndEntity_SetsBoth()
        {
            var query = new QueryExpression("account");

            query.AddOrder("fullname", OrderType.Ascending, "contactname", "primarycontact");

            Assert.AreEqual("contactname", query.Orders[0].Alias);
            Assert.AreEqual("primarycontact", query.Orders[0].EntityName);
        }

        [TestMethod]
        public void CriteriaAddCondition_OnANewQuery_IsKept()
        {
            var query = new QueryExpression("contact");

            query.Criteria.AddCondition("lastname", ConditionOperator.Equal, "Brown");

            Assert.AreEqual("lastname", query.Criteria.Conditions[0].AttributeName);
        }

        [TestMethod]
        public void DataContractRoundTrip_KeepsTheWholeQuery()
        {
            var query = new QueryExpression("account") { TopCount = 5 };
            query.ColumnSet.AddColumns("name");
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.Criteria.AddFilter(LogicalOperator.Or).AddCondition("name", ConditionOperator.Like, "C%");
            query.AddLink("contact", "primarycontactid", "contactid").EntityAlias = "pc";
            query.AddOrder("name", OrderType.Descending);
            var serializer = new DataContractSerializer(typeof(QueryExpression));
            using var stream = new MemoryStream();

            serializer.WriteObject(stream, query);
            stream.Position = 0;
            var copy = (QueryExpression)serializer.ReadObject(stream)!;

            Assert.AreEqual(5, copy.TopCount);
            Assert.AreEqual("name", copy.ColumnSet.Columns[0]);
            Assert.AreEqual(0, copy.Criteria.Conditions[0].Values[0]);
            Assert.AreEqual(LogicalOperator.Or, copy.Criteria.Filters[0].FilterOperator);
            Assert.AreEqual("C%", copy.Criteria.Filters[0].Conditions[0].Values[0]);
            Assert.AreEqual("account", copy.LinkEntities[0].LinkFromEntityName);
            Assert.AreEqual("pc", copy.LinkEntities[0].EntityAlias);
            Assert.AreEqual(OrderType.Descending, copy.Orders[0].OrderType);
        }
    }
}
