using System.Linq;
using System.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class FetchXmlReaderTests
    {
        [TestMethod]
        public void PlainFetch_FiltersOrdersAndLinksLikeAQueryExpression()
        {
            var data = new WifiData();

            var result = data.Source.Fetch(@"
                <fetch>
                  <entity name='cr_wifivisit'>
                    <attribute name='cr_name' />
                    <filter type='or'>
                      <condition attribute='cr_dwellminutes' operator='ge' value='40' />
                      <filter>
                        <condition attribute='cr_zone' operator='in'><value>100</value><value>300</value></condition>
                        <condition attribute='cr_name' operator='begins-with' value='v3' />
                      </filter>
                    </filter>
                    <order attribute='cr_name' descending='true' />
                    <link-entity name='contact' from='contactid' to='cr_contactid' alias='c' link-type='inner'>
                      <attribute name='fullname' />
                    </link-entity>
                  </entity>
                </fetch>");

            Assert.AreEqual("v3,v2", result.Names("cr_name"));
            Assert.AreEqual("Bob", ((AliasedValue)result.Entities[0]["c.fullname"]).Value);
        }

        [TestMethod]
        public void OuterLinkWithNullCondition_FindsRowsWithoutChildren()
        {
            var data = new WifiData();

            var result = data.Source.Fetch(@"
                <fetch>
                  <entity name='contact'>
                    <attribute name='fullname' />
                    <link-entity name='cr_wifivisit' from='cr_contactid' to='contactid' link-type='outer' alias='v' />
                    <filter><condition entityname='v' attribute='cr_wifivisitid' operator='null' /></filter>
                  </entity>
                </fetch>");

            Assert.AreEqual("Cy", result.Names());
        }

        [TestMethod]
        public void AttributeAlias_ReturnsAnAliasedValueUnderTheAlias()
        {
            var data = new WifiData();

            var result = data.Source.Fetch(@"
                <fetch>
                  <entity name='contact'>
                    <attribute name='fullname' alias='guest' />
                    <filter><condition attribute='fullname' operator='eq' value='Ann' /></filter>
                    <link-entity name='account' from='accountid' to='parentcustomerid' alias='a'>
                      <attribute name='name' alias='venue' />
                      <attribute name='industrycode' />
                    </link-entity>
                  </entity>
                </fetch>");

            var entity = result.Entities.Single();
            Assert.AreEqual("Ann", ((AliasedValue)entity["guest"]).Value);
            Assert.IsFalse(entity.Contains("fullname"));
            Assert.AreEqual("Harbour Hotel", ((AliasedValue)entity["venue"]).Value);
            Assert.AreEqual("Hospitality", entity.FormattedValues["a.industrycode"]);
        }

        [TestMethod]
        public void EntityWithoutAttributes_ReturnsEveryColumn()
        {
            var data = new WifiData();

            var entity = data.Source.Fetch("<fetch><entity name='contact'><filter><condition attribute='fullname' operator='eq' value='Ann' /></filter></entity></fetch>").Entities.Single();

            Assert.AreEqual("ann-key", entity["cr_identitykey"]);
            Assert.AreEqual("Harbour Hotel", entity.GetAttributeValue<EntityReference>("parentcustomerid").Name);
        }

        [TestMethod]
        public void TopAndAllAttributes_AreRead()
        {
            var data = new WifiData();

            var result = data.Source.Fetch("<fetch top='2'><entity name='contact'><all-attributes /><order attribute='fullname' /></entity></fetch>");

            Assert.AreEqual("Ann,Bob", result.Names());
            Assert.IsTrue(result.Entities[0].Contains("cr_identitykey"));
        }

        [TestMethod]
        public void CountPageAndCookie_PageThroughEveryRowOnce()
        {
            var source = QueryFixture.NewSource();
            for (var index = 0; index < 250; index++)
            {
                source.Add("contact", ("fullname", "n" + (index % 5)));
            }

            var seen = new System.Collections.Generic.HashSet<System.Guid>();
            string? cookie = null;
            for (var page = 1; ; page++)
            {
                var cookieAttribute = cookie == null ? string.Empty : " paging-cookie='" + SecurityElement.Escape(cookie) + "'";
                var result = source.Fetch("<fetch count='40' page='" + page + "'" + cookieAttribute + "><entity name='contact'><attribute name='fullname' /><order attribute='fullname' /></entity></fetch>");
                Assert.IsTrue(result.Entities.All(entity => seen.Add(entity.Id)));
                cookie = result.PagingCookie;
                if (!result.MoreRecords)
                {
                    break;
                }
            }

            Assert.AreEqual(250, seen.Count);
        }

        [TestMethod]
        public void DateValueInText_IsParsedAsUtc()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("fullname", "early"), ("birthdate", new System.DateTime(1990, 5, 1, 0, 0, 0, System.DateTimeKind.Utc)));
            source.Add("contact", ("fullname", "late"), ("birthdate", new System.DateTime(2001, 5, 1, 0, 0, 0, System.DateTimeKind.Utc)));

            var result = source.Fetch("<fetch><entity name='contact'><attribute name='fullname' /><filter><condition attribute='birthdate' operator='on-or-after' value='2000-01-01' /></filter></entity></fetch>");

            Assert.AreEqual("late", result.Names());
        }

        [TestMethod]
        [DataRow("<fetch><entity name='contact'>", unchecked((int)0x80040201))]
        [DataRow("   ", unchecked((int)0x80041124))]
        [DataRow("<fetch><entity name='contact'><bogus /></entity></fetch>", unchecked((int)0x8004111c))]
        [DataRow("<fetch />", unchecked((int)0x80041123))]
        [DataRow("<fetch><entity name='contact'><filter type='xor' /></entity></fetch>", unchecked((int)0x80041122))]
        [DataRow("<fetch><entity name='contact'><link-entity name='account' from='accountid' to='parentcustomerid' link-type='sideways' /></entity></fetch>", unchecked((int)0x80041117))]
        [DataRow("<fetch><entity name='contact'><filter><condition attribute='fullname' operator='resembles' value='x' /></filter></entity></fetch>", unchecked((int)0x80041120))]
        [DataRow("<fetch><entity name='contact'><filter><condition operator='eq' value='x' /></filter></entity></fetch>", unchecked((int)0x8004111e))]
        [DataRow("<fetch distinct='maybe'><entity name='contact' /></fetch>", unchecked((int)0x80041115))]
        [DataRow("<fetch><entity name='contact'><order alias='x' /></entity></fetch>", unchecked((int)0x80041132))]
        [DataRow("<fetch><entity name='nosuchtable' /></fetch>", unchecked((int)0x80041102))]
        [DataRow("<fetch><entity name='contact'><attribute name='nosuchcolumn' /></entity></fetch>", unchecked((int)0x80041103))]
        public void BadFetch_FailsWithDataversesFault(string fetchXml, int expectedCode)
        {
            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Fetch(fetchXml));

            Assert.AreEqual(expectedCode, fault.ErrorCode);
        }
    }
}
