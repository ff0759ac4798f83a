using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class QueryByAttributeTests
    {
        [TestMethod]
        public void NewQuery_HasNoColumnSetAndEmptyPairsAndOrders()
        {
            var query = new QueryByAttribute("account");

            Assert.AreEqual("account", query.EntityName);
            Assert.IsNull(query.ColumnSet);
            Assert.AreEqual(0, query.Attributes.Count);
            Assert.AreEqual(0, query.Values.Count);
            Assert.AreEqual(0, query.Orders.Count);
        }

        [TestMethod]
        public void NewQuery_HasNoPageInfoAndNoTopCount()
        {
            var query = new QueryByAttribute("account");

            Assert.IsNull(query.TopCount);
            Assert.IsNull(query.PageInfo);
        }

        [TestMethod]
        public void AddAttributeValue_AddsTheColumnAndValueAtTheSameIndex()
        {
            var query = new QueryByAttribute("account");

            query.AddAttributeValue("address1_city", "Redmond");
            query.AddAttributeValue("statecode", 0);

            CollectionAssert.AreEqual(new[] { "address1_city", "statecode" }, query.Attributes);
            CollectionAssert.AreEqual(new object[] { "Redmond", 0 }, query.Values);
        }

        [TestMethod]
        public void AddOrder_AppendsAnOrder()
        {
            var query = new QueryByAttribute("account");

            query.AddOrder("name", OrderType.Descending);

            Assert.AreEqual("name", query.Orders[0].AttributeName);
            Assert.AreEqual(OrderType.Descending, query.Orders[0].OrderType);
        }
    }
}
