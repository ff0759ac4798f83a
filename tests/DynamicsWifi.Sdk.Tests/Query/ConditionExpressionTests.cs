using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class ConditionExpressionTests
    {
        [TestMethod]
        public void DefaultConstructor_LeavesEqualAndNoValues()
        {
            var condition = new ConditionExpression();

            Assert.AreEqual(ConditionOperator.Equal, condition.Operator);
            Assert.IsNull(condition.AttributeName);
            Assert.IsNull(condition.EntityName);
            Assert.IsFalse(condition.CompareColumns);
            Assert.IsNotNull(condition.Values);
            Assert.AreEqual(0, condition.Values.Count);
        }

        [TestMethod]
        public void AttributeAndOperator_HaveNoValues()
        {
            var condition = new ConditionExpression("emailaddress1", ConditionOperator.Null);

            Assert.AreEqual("emailaddress1", condition.AttributeName);
            Assert.AreEqual(ConditionOperator.Null, condition.Operator);
            Assert.AreEqual(0, condition.Values.Count);
        }

        [TestMethod]
        public void SingleValue_IsTheOnlyValue()
        {
            var condition = new ConditionExpression("address1_city", ConditionOperator.Equal, "Redmond");

            CollectionAssert.AreEqual(new object[] { "Redmond" }, condition.Values);
        }

        [TestMethod]
        public void SeveralParamsValues_AreSeparateValues()
        {
            var condition = new ConditionExpression("address1_city", ConditionOperator.In, "Redmond", "Seattle");

            CollectionAssert.AreEqual(new object[] { "Redmond", "Seattle" }, condition.Values);
        }

        [TestMethod]
        public void StringArray_BindsToParamsAndGivesOneValuePerItem()
        {
            string[] cities = { "Redmond", "Seattle" };

            var condition = new ConditionExpression("address1_city", ConditionOperator.In, cities);

            CollectionAssert.AreEqual(new object[] { "Redmond", "Seattle" }, condition.Values);
        }

        [TestMethod]
        public void ArrayPassedAsObject_IsOneValue()
        {
            object cities = new[] { "Redmond", "Seattle" };

            var condition = new ConditionExpression("address1_city", ConditionOperator.In, cities);

            Assert.AreEqual(1, condition.Values.Count);
            Assert.AreSame(cities, condition.Values[0]);
        }

        [TestMethod]
        public void IntArray_BindsToICollectionAndGivesOneValuePerItem()
        {
            var condition = new ConditionExpression("statuscode", ConditionOperator.In, new[] { 1, 2 });

            CollectionAssert.AreEqual(new object[] { 1, 2 }, condition.Values);
        }

        [TestMethod]
        public void GenericList_BindsToICollectionAndGivesOneValuePerItem()
        {
            var codes = new List<int> { 3, 4, 5 };

            var condition = new ConditionExpression("statuscode", ConditionOperator.In, codes);

            CollectionAssert.AreEqual(new object[] { 3, 4, 5 }, condition.Values);
        }

        [TestMethod]
        public void IntArrayWithEntityName_IsOneValueBecauseNoICollectionOverloadExists()
        {
            var codes = new[] { 1, 2 };

            var condition = new ConditionExpression("contact", "statuscode", ConditionOperator.In, codes);

            Assert.AreEqual(1, condition.Values.Count);
            Assert.AreSame(codes, condition.Values[0]);
        }

        [TestMethod]
        public void NullValueArray_GivesNoValues()
        {
            var condition = new ConditionExpression("address1_city", ConditionOperator.Null, (object[]?)null);

            Assert.AreEqual(0, condition.Values.Count);
        }

        [TestMethod]
        public void NullSingleValue_IsOneNullValue()
        {
            var condition = new ConditionExpression("address1_city", ConditionOperator.Equal, (object?)null);

            Assert.AreEqual(1, condition.Values.Count);
            Assert.IsNull(condition.Values[0]);
        }

        [TestMethod]
        public void ValuesArray_IsCopiedSoLaterChangesDoNotLeakIn()
        {
            object[] values = { "a", "b" };
            var condition = new ConditionExpression("name", ConditionOperator.In, values);

            values[0] = "changed";
            condition.Values.Add("c");

            CollectionAssert.AreEqual(new object[] { "a", "b", "c" }, condition.Values);
        }

        [TestMethod]
        public void EntityNameOverload_SetsEntityName()
        {
            var condition = new ConditionExpression("primarycontact", "fullname", ConditionOperator.Like, "A%");

            Assert.AreEqual("primarycontact", condition.EntityName);
            Assert.AreEqual("fullname", condition.AttributeName);
            Assert.AreEqual(ConditionOperator.Like, condition.Operator);
            CollectionAssert.AreEqual(new object[] { "A%" }, condition.Values);
        }

        [TestMethod]
        public void EntityNameWithoutValues_HasNoValues()
        {
            var condition = new ConditionExpression("primarycontact", "fullname", ConditionOperator.NotNull);

            Assert.AreEqual("primarycontact", condition.EntityName);
            Assert.AreEqual(0, condition.Values.Count);
        }

        [TestMethod]
        public void CompareColumnsWithOneColumn_StoresTheColumnNameAsValue()
        {
            var condition = new ConditionExpression("firstname", ConditionOperator.Equal, true, "lastname");

            Assert.IsTrue(condition.CompareColumns);
            CollectionAssert.AreEqual(new object[] { "lastname" }, condition.Values);
        }

        [TestMethod]
        public void CompareColumnsWithColumnArray_StoresEachColumnName()
        {
            var condition = new ConditionExpression("contact", "firstname", ConditionOperator.In, true, new object[] { "lastname", "nickname" });

            Assert.AreEqual("contact", condition.EntityName);
            Assert.IsTrue(condition.CompareColumns);
            CollectionAssert.AreEqual(new object[] { "lastname", "nickname" }, condition.Values);
        }
    }
}
