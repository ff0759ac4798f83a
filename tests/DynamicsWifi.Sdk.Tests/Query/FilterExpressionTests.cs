using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class FilterExpressionTests
    {
        [TestMethod]
        public void NewFilter_IsAndWithNoConditionsOrFilters()
        {
            var filter = new FilterExpression();

            Assert.AreEqual(LogicalOperator.And, filter.FilterOperator);
            Assert.AreEqual(0, filter.Conditions.Count);
            Assert.AreEqual(0, filter.Filters.Count);
            Assert.IsFalse(filter.IsQuickFindFilter);
            Assert.IsNull(filter.FilterHint);
        }

        [TestMethod]
        public void OperatorConstructor_SetsFilterOperator()
        {
            var filter = new FilterExpression(LogicalOperator.Or);

            Assert.AreEqual(LogicalOperator.Or, filter.FilterOperator);
        }

        [TestMethod]
        public void AddConditionExpression_AddsThatInstance()
        {
            var filter = new FilterExpression();
            var condition = new ConditionExpression("name", ConditionOperator.Equal, "Contoso");

            filter.AddCondition(condition);

            Assert.AreEqual(1, filter.Conditions.Count);
            Assert.AreSame(condition, filter.Conditions[0]);
        }

        [TestMethod]
        public void AddConditionWithValues_BuildsTheCondition()
        {
            var filter = new FilterExpression();

            filter.AddCondition("address1_city", ConditionOperator.In, "Redmond", "Seattle");

            var condition = filter.Conditions[0];
            Assert.IsNull(condition.EntityName);
            Assert.AreEqual("address1_city", condition.AttributeName);
            Assert.AreEqual(ConditionOperator.In, condition.Operator);
            Assert.IsFalse(condition.CompareColumns);
            CollectionAssert.AreEqual(new object[] { "Redmond", "Seattle" }, condition.Values);
        }

        [TestMethod]
        public void AddConditionWithoutValues_HasNoValues()
        {
            var filter = new FilterExpression();

            filter.AddCondition("emailaddress1", ConditionOperator.Null);

            Assert.AreEqual(0, filter.Conditions[0].Values.Count);
        }

        [TestMethod]
        public void AddConditionWithIntArray_IsOneArrayValue()
        {
            var filter = new FilterExpression();
            var codes = new[] { 1, 2 };

            filter.AddCondition("statuscode", ConditionOperator.In, codes);

            Assert.AreEqual(1, filter.Conditions[0].Values.Count);
            Assert.AreSame(codes, filter.Conditions[0].Values[0]);
        }

        [TestMethod]
        public void AddConditionWithObjectArray_GivesOneValuePerItem()
        {
            var filter = new FilterExpression();

            filter.AddCondition("statuscode", ConditionOperator.In, new object[] { 1, 2 });

            CollectionAssert.AreEqual(new object[] { 1, 2 }, filter.Conditions[0].Values);
        }

        [TestMethod]
        public void AddConditionWithEntityName_SetsEntityName()
        {
            var filter = new FilterExpression();

            filter.AddCondition("primarycontact", "fullname", ConditionOperator.Equal, "Ann");

            Assert.AreEqual("primarycontact", filter.Conditions[0].EntityName);
            Assert.AreEqual("fullname", filter.Conditions[0].AttributeName);
            CollectionAssert.AreEqual(new object[] { "Ann" }, filter.Conditions[0].Values);
        }

        [TestMethod]
        public void AddConditionComparingColumns_SetsCompareColumns()
        {
            var filter = new FilterExpression();

            filter.AddCondition("firstname", ConditionOperator.NotEqual, true, "lastname");

            Assert.IsTrue(filter.Conditions[0].CompareColumns);
            CollectionAssert.AreEqual(new object[] { "lastname" }, filter.Conditions[0].Values);
        }

        [TestMethod]
        public void AddConditionComparingColumnsWithEntityName_SetsEveryPart()
        {
            var filter = new FilterExpression();

            filter.AddCondition("contact", "firstname", ConditionOperator.In, true, new object[] { "lastname", "nickname" });

            var condition = filter.Conditions[0];
            Assert.AreEqual("contact", condition.EntityName);
            Assert.IsTrue(condition.CompareColumns);
            CollectionAssert.AreEqual(new object[] { "lastname", "nickname" }, condition.Values);
        }

        [TestMethod]
        public void AddFilterWithOperator_ReturnsTheAddedChild()
        {
            var filter = new FilterExpression();

            var child = filter.AddFilter(LogicalOperator.Or);

            Assert.AreEqual(LogicalOperator.Or, child.FilterOperator);
            Assert.AreEqual(1, filter.Filters.Count);
            Assert.AreSame(child, filter.Filters[0]);
        }

        [TestMethod]
        public void AddFilterInstance_AddsThatInstance()
        {
            var filter = new FilterExpression();
            var child = new FilterExpression(LogicalOperator.Or);

            filter.AddFilter(child);

            Assert.AreSame(child, filter.Filters[0]);
        }

        [TestMethod]
        public void AddFilterNull_IsIgnored()
        {
            var filter = new FilterExpression();

            filter.AddFilter((FilterExpression)null!);

            Assert.AreEqual(0, filter.Filters.Count);
        }

        [TestMethod]
        public void CollectionInitializer_FillsGetOnlyConditions()
        {
            var filter = new FilterExpression(LogicalOperator.Or)
            {
                Conditions =
                {
                    new ConditionExpression("address1_city", ConditionOperator.Equal, "Redmond"),
                    new ConditionExpression("address1_city", ConditionOperator.Equal, "Seattle"),
                },
            };

            Assert.AreEqual(2, filter.Conditions.Count);
        }
    }
}
