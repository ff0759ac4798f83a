using System.Collections.Generic;
using System.Linq;
using System.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>A plain fetch over the 10,000 generated visits, paged with cookies, against the same filter and order
    /// computed with LINQ.</summary>
    [TestClass]
    public sealed class PlainFetchOverVisitsTests
    {
        [TestMethod]
        public void FilteredOrderedPages_EqualLinq()
        {
            var (source, visits, _) = GeneratedVisits.Instance;
            var received = new List<Entity>();
            string? cookie = null;
            for (var page = 1; ; page++)
            {
                var cookieAttribute = cookie == null ? string.Empty : " paging-cookie='" + SecurityElement.Escape(cookie) + "'";
                var result = source.Fetch(@"
                    <fetch count='700' page='" + page + "'" + cookieAttribute + @">
                      <entity name='cr_wifivisit'>
                        <attribute name='cr_dwellminutes' />
                        <attribute name='cr_startedon' />
                        <filter>
                          <condition attribute='cr_dwellminutes' operator='ge' value='300' />
                          <filter type='or'>
                            <condition attribute='cr_zone' operator='eq' value='200' />
                            <condition attribute='cr_zone' operator='null' />
                          </filter>
                        </filter>
                        <order attribute='cr_dwellminutes' descending='true' />
                      </entity>
                    </fetch>");
                received.AddRange(result.Entities);
                cookie = result.PagingCookie;
                if (!result.MoreRecords)
                {
                    break;
                }
            }

            var expected = visits.Where(visit => visit.Minutes >= 300 && (visit.Zone == 200 || visit.Zone == null)).ToList();
            Assert.AreEqual(expected.Count, received.Count);
            Assert.AreEqual(expected.Count, received.Select(entity => entity.Id).Distinct().Count());
            CollectionAssert.AreEqual(
                expected.Select(visit => visit.Minutes!.Value).OrderByDescending(minutes => minutes).ToList(),
                received.Select(entity => entity.GetAttributeValue<int>("cr_dwellminutes")).ToList());
            CollectionAssert.AreEquivalent(
                expected.Select(visit => visit.Started).ToList(),
                received.Select(entity => entity.GetAttributeValue<System.DateTime>("cr_startedon")).ToList());
        }
    }
}
