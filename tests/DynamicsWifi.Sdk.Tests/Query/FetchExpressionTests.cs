using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class FetchExpressionTests
    {
        [TestMethod]
        public void QueryConstructor_KeepsTheFetchXml()
        {
            const string fetchXml = "<fetch top=\"5\"><entity name=\"account\"><attribute name=\"name\" /></entity></fetch>";

            var fetch = new FetchExpression(fetchXml);

            Assert.AreEqual(fetchXml, fetch.Query);
        }

        [TestMethod]
        public void DefaultConstructor_HasNoQuery()
        {
            var fetch = new FetchExpression();

            Assert.IsNull(fetch.Query);
        }

        [TestMethod]
        public void FetchExpression_IsAQueryBase()
        {
            QueryBase query = new FetchExpression("<fetch />");

            Assert.IsInstanceOfType<FetchExpression>(query);
        }
    }
}
