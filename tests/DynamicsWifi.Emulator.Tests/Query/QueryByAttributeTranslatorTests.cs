using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class QueryByAttributeTranslatorTests
    {
        [TestMethod]
        public void AttributesAndValues_AreAnAndOfEqualities()
        {
            var data = new WifiData();
            var query = new QueryByAttribute("cr_wifivisit") { ColumnSet = new ColumnSet("cr_name") };
            query.AddAttributeValue("cr_contactid", data.Ann);
            query.AddAttributeValue("cr_zone", 200);

            var result = data.Source.Run(query);

            Assert.AreEqual("v2", result.Names("cr_name"));
        }

        [TestMethod]
        public void NullValue_TestsForNull()
        {
            var data = new WifiData();
            var query = new QueryByAttribute("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddAttributeValue("parentcustomerid", null!);

            Assert.AreEqual("Cy", data.Source.Run(query).Names());
        }

        [TestMethod]
        public void OrdersAndTopCount_Apply()
        {
            var data = new WifiData();
            var query = new QueryByAttribute("cr_wifivisit") { ColumnSet = new ColumnSet("cr_name"), TopCount = 1 };
            query.AddAttributeValue("cr_zone", 100);
            query.AddOrder("cr_dwellminutes", OrderType.Ascending);

            Assert.AreEqual("v3", data.Source.Run(query).Names("cr_name"));
        }

        [TestMethod]
        public void NoAttributes_FailsAsDataverseDoes()
        {
            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(new QueryByAttribute("contact")));

            Assert.AreEqual(unchecked((int)0x80041110), fault.ErrorCode);
        }

        [TestMethod]
        public void MoreAttributesThanValues_FailsAsDataverseDoes()
        {
            var query = new QueryByAttribute("contact");
            query.Attributes.Add("fullname");

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x8004110f), fault.ErrorCode);
        }
    }
}
