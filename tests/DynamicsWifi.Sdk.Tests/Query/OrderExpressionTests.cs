using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class OrderExpressionTests
    {
        [TestMethod]
        public void NewOrder_IsAscendingWithNoNames()
        {
            var order = new OrderExpression();

            Assert.AreEqual(OrderType.Ascending, order.OrderType);
            Assert.IsNull(order.AttributeName);
            Assert.IsNull(order.Alias);
            Assert.IsNull(order.EntityName);
        }

        [TestMethod]
        public void AttributeAndType_LeaveAliasAndEntityNull()
        {
            var order = new OrderExpression("createdon", OrderType.Descending);

            Assert.AreEqual("createdon", order.AttributeName);
            Assert.AreEqual(OrderType.Descending, order.OrderType);
            Assert.IsNull(order.Alias);
            Assert.IsNull(order.EntityName);
        }

        [TestMethod]
        public void Alias_IsSet()
        {
            var order = new OrderExpression("count", OrderType.Ascending, "visitcount");

            Assert.AreEqual("visitcount", order.Alias);
            Assert.IsNull(order.EntityName);
        }

        [TestMethod]
        public void AliasAndEntityName_AreSet()
        {
            var order = new OrderExpression("fullname", OrderType.Ascending, "contactname", "primarycontact");

            Assert.AreEqual("fullname", order.AttributeName);
            Assert.AreEqual("contactname", order.Alias);
            Assert.AreEqual("primarycontact", order.EntityName);
        }
    }
}
