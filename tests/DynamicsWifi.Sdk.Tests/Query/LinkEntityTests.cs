using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class LinkEntityTests
    {
        [TestMethod]
        public void NewLink_IsInnerWithEmptyColumnsAndCriteria()
        {
            var link = new LinkEntity();

            Assert.AreEqual(JoinOperator.Inner, link.JoinOperator);
            Assert.IsNotNull(link.Columns);
            Assert.IsFalse(link.Columns.AllColumns);
            Assert.AreEqual(0, link.Columns.Columns.Count);
            Assert.IsNotNull(link.LinkCriteria);
            Assert.AreEqual(LogicalOperator.And, link.LinkCriteria.FilterOperator);
            Assert.AreEqual(0, link.LinkEntities.Count);
            Assert.AreEqual(0, link.Orders.Count);
            Assert.IsNull(link.EntityAlias);
            Assert.IsNull(link.LinkFromEntityName);
        }

        [TestMethod]
        public void FullConstructor_SetsNamesInItsParameterOrder()
        {
            var link = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

            Assert.AreEqual("account", link.LinkFromEntityName);
            Assert.AreEqual("contact", link.LinkToEntityName);
            Assert.AreEqual("primarycontactid", link.LinkFromAttributeName);
            Assert.AreEqual("contactid", link.LinkToAttributeName);
            Assert.AreEqual(JoinOperator.LeftOuter, link.JoinOperator);
            Assert.IsNotNull(link.Columns);
            Assert.IsNotNull(link.LinkCriteria);
        }

        [TestMethod]
        public void AddLink_StartsFromThisLinksTableWithInnerJoin()
        {
            var link = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

            var nested = link.AddLink("systemuser", "owninguser", "systemuserid");

            Assert.AreEqual("contact", nested.LinkFromEntityName);
            Assert.AreEqual("systemuser", nested.LinkToEntityName);
            Assert.AreEqual("owninguser", nested.LinkFromAttributeName);
            Assert.AreEqual("systemuserid", nested.LinkToAttributeName);
            Assert.AreEqual(JoinOperator.Inner, nested.JoinOperator);
            Assert.AreSame(nested, link.LinkEntities[0]);
        }

        [TestMethod]
        public void AddLinkWithJoinOperator_UsesThatOperator()
        {
            var link = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.Inner);

            var nested = link.AddLink("systemuser", "owninguser", "systemuserid", JoinOperator.NotAny);

            Assert.AreEqual(JoinOperator.NotAny, nested.JoinOperator);
            Assert.AreEqual(1, link.LinkEntities.Count);
        }
    }
}
