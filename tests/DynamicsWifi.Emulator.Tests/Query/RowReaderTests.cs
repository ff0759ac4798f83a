using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>Keyed and children-of-a-parent queries read through indexes, never by scanning the table.</summary>
    [TestClass]
    public sealed class RowReaderTests
    {
        [TestMethod]
        public void PrimaryKeyQuery_DoesNotScan()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("contactid", ConditionOperator.Equal, data.Bob);

            var result = data.Source.Run(query);

            Assert.AreEqual("Bob", result.Names());
            Assert.AreEqual(0, data.Source.Scans);
        }

        [TestMethod]
        public void AlternateKeyQuery_DoesNotScan()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("cr_identitykey", ConditionOperator.Equal, "bob-key");

            var result = data.Source.Run(query);

            Assert.AreEqual("Bob", result.Names());
            Assert.AreEqual(0, data.Source.Scans);
        }

        [TestMethod]
        public void ChildrenOfAParent_DoNotScan()
        {
            var data = new WifiData();
            var query = new QueryExpression("cr_wifivisit") { ColumnSet = new ColumnSet("cr_name") };
            query.Criteria.AddCondition("cr_contactid", ConditionOperator.Equal, data.Ann);
            query.Criteria.AddCondition("cr_dwellminutes", ConditionOperator.GreaterThan, 40);

            var result = data.Source.Run(query);

            Assert.AreEqual("v2", result.Names("cr_name"));
            Assert.AreEqual(0, data.Source.Scans);
            Assert.IsTrue(data.Source.IndexHits > 0);
        }

        [TestMethod]
        public void InOnAKey_ReadsEachKeyThroughTheIndex()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("contactid", ConditionOperator.In, data.Ann, data.Cy);
            query.AddOrder("fullname", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("Ann,Cy", result.Names());
            Assert.AreEqual(0, data.Source.Scans);
        }

        [TestMethod]
        public void FetchOnALookupInANestedAndFilter_DoesNotScan()
        {
            var data = new WifiData();

            var result = data.Source.Fetch(
                "<fetch><entity name='cr_wifivisit'><attribute name='cr_name' /><order attribute='cr_name' />"
                + "<filter><filter><condition attribute='cr_contactid' operator='eq' value='" + data.Ann + "' /></filter></filter>"
                + "</entity></fetch>");

            Assert.AreEqual("v1,v2", result.Names("cr_name"));
            Assert.AreEqual(0, data.Source.Scans);
        }

        [TestMethod]
        public void UnindexedColumn_ScansOnce()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition("fullname", ConditionOperator.Equal, "Cy");

            var result = data.Source.Run(query);

            Assert.AreEqual("Cy", result.Names());
            Assert.AreEqual(1, data.Source.Scans);
        }

        [TestMethod]
        public void KeyConditionInsideOr_IsNotUsedAsAnIndex()
        {
            var data = new WifiData();
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.FilterOperator = LogicalOperator.Or;
            query.Criteria.AddCondition("contactid", ConditionOperator.Equal, data.Ann);
            query.Criteria.AddCondition("fullname", ConditionOperator.Equal, "Cy");
            query.AddOrder("fullname", OrderType.Ascending);

            var result = data.Source.Run(query);

            Assert.AreEqual("Ann,Cy", result.Names());
        }
    }
}
