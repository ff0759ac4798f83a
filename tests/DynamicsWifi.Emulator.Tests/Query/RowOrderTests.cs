using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class RowOrderTests
    {
        private static QueryExpression Ordered(string column, OrderType type)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddOrder(column, type);
            return query;
        }

        [TestMethod]
        public void Ascending_PutsNullsFirst()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "two"), ("numberofchildren", 2));
            source.Add("contact", ("fullname", "none"));
            source.Add("contact", ("fullname", "one"), ("numberofchildren", 1));

            Assert.AreEqual("none,one,two", source.Run(Ordered("numberofchildren", OrderType.Ascending)).Names());
        }

        [TestMethod]
        public void Descending_PutsNullsLast()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "two"), ("numberofchildren", 2));
            source.Add("contact", ("fullname", "none"));
            source.Add("contact", ("fullname", "one"), ("numberofchildren", 1));

            Assert.AreEqual("two,one,none", source.Run(Ordered("numberofchildren", OrderType.Descending)).Names());
        }

        [TestMethod]
        public void Text_SortsCaseInsensitively()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "bob"));
            source.Add("contact", ("fullname", "Ann"));
            source.Add("contact", ("fullname", "Cy"));

            Assert.AreEqual("Ann,bob,Cy", source.Run(Ordered("fullname", OrderType.Ascending)).Names());
        }

        [TestMethod]
        public void Choice_SortsByLabel()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "male"), ("gendercode", new OptionSetValue(1)));
            source.Add("contact", ("fullname", "female"), ("gendercode", new OptionSetValue(2)));

            Assert.AreEqual("female,male", source.Run(Ordered("gendercode", OrderType.Ascending)).Names());
        }

        [TestMethod]
        public void Lookup_SortsByTheRelatedRowsName()
        {
            var data = new WifiData();

            var result = data.Source.Run(Ordered("parentcustomerid", OrderType.Ascending));

            Assert.AreEqual("Cy,Bob,Ann", result.Names());
        }

        [TestMethod]
        public void LinkOrders_ApplyAfterTheTablesOrders()
        {
            var data = new WifiData();
            var query = new QueryExpression("cr_wifivisit") { ColumnSet = new ColumnSet("cr_name") };
            query.AddOrder("cr_zone", OrderType.Descending);
            var contact = query.AddLink("contact", "cr_contactid", "contactid");
            contact.Orders.Add(new OrderExpression("fullname", OrderType.Descending));

            var result = data.Source.Run(query);

            Assert.AreEqual("v2,v3,v1", result.Names("cr_name"));
        }

        [TestMethod]
        public void OrderOnUnknownColumn_FailsWithNoAttribute()
        {
            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(Ordered("nosuchcolumn", OrderType.Ascending)));

            Assert.AreEqual(unchecked((int)0x80041103), fault.ErrorCode);
        }

        [TestMethod]
        public void ValuesThatCannotBeCompared_FailWithAFaultNotACrash()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "a"), ("numberofchildren", "not a number"));
            source.Add("contact", ("fullname", "b"), ("numberofchildren", 2));

            var fault = QueryFixture.Fails(() => source.Run(Ordered("numberofchildren", OrderType.Ascending)));

            Assert.AreEqual(unchecked((int)0x80040203), fault.ErrorCode);
        }

        [TestMethod]
        public void NoOrder_FollowsThePrimaryKey()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", new Guid("00000000-0000-0000-0000-000000000002"), ("fullname", "second"));
            source.Add("contact", new Guid("00000000-0000-0000-0000-000000000001"), ("fullname", "first"));

            Assert.AreEqual("first,second", source.Run(new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") }).Names());
        }
    }
}
