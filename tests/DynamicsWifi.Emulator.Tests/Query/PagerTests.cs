using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class PagerTests
    {
        private static TestRowSource ManyContacts(int count, int distinctNames)
        {
            var source = QueryFixture.NewSource();
            for (var index = 0; index < count; index++)
            {
                source.Add("contact", ("fullname", "name " + (index % distinctNames).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), ("numberofchildren", index % 3 == 0 ? null : (object)(index % 7)));
            }

            return source;
        }

        private static List<Entity> ReadAllPages(TestRowSource source, QueryExpression query, int pageSize, out int pages)
        {
            var all = new List<Entity>();
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 };
            pages = 0;
            while (true)
            {
                var page = source.Run(query);
                pages++;
                all.AddRange(page.Entities);
                if (!page.MoreRecords)
                {
                    return all;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        [TestMethod]
        public void CookiePaging_ReturnsEveryRowExactlyOnceDespiteTies()
        {
            var source = ManyContacts(3500, 40);
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddOrder("numberofchildren", OrderType.Descending);
            query.AddOrder("fullname", OrderType.Ascending);

            var rows = ReadAllPages(source, query, 333, out var pages);

            Assert.AreEqual(11, pages);
            Assert.AreEqual(3500, rows.Count);
            Assert.AreEqual(3500, rows.Select(row => row.Id).Distinct().Count());
        }

        [TestMethod]
        public void CookiePaging_StaysExactWhenRowsAreAddedBetweenPages()
        {
            var source = ManyContacts(1000, 10);
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddOrder("fullname", OrderType.Ascending);
            query.PageInfo = new PagingInfo { Count = 400, PageNumber = 1 };
            var first = source.Run(query);
            source.Add("contact", ("fullname", "name 000"));

            query.PageInfo.PageNumber = 2;
            query.PageInfo.PagingCookie = first.PagingCookie;
            var second = source.Run(query);

            Assert.IsFalse(first.Entities.Select(row => row.Id).Intersect(second.Entities.Select(row => row.Id)).Any());
            Assert.AreEqual(400, second.Entities.Count);
        }

        [TestMethod]
        public void PageNumberWithoutCookie_SkipsWholePages()
        {
            var source = ManyContacts(25, 25);
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname"), PageInfo = new PagingInfo { Count = 10, PageNumber = 3 } };
            query.AddOrder("fullname", OrderType.Ascending);

            var result = source.Run(query);

            Assert.AreEqual("name 020,name 021,name 022,name 023,name 024", result.Names());
            Assert.IsFalse(result.MoreRecords);
        }

        [TestMethod]
        public void Cookie_HasDataversesShape()
        {
            var source = QueryFixture.NewSource();
            var first = new Guid("0a000000-0000-0000-0000-000000000000");
            source.Add("contact", first, ("fullname", "a"));
            source.Add("contact", ("fullname", "b"));
            var query = new QueryExpression("contact") { PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };

            var result = source.Run(query);

            Assert.IsTrue(result.MoreRecords);
            Assert.AreEqual("<cookie page=\"1\"><contactid last=\"{0A000000-0000-0000-0000-000000000000}\" first=\"{0A000000-0000-0000-0000-000000000000}\" /></cookie>", result.PagingCookie);
        }

        [TestMethod]
        public void OrderOnALinkColumn_GivesNoCookieAndPagesByNumber()
        {
            var data = new WifiData();
            var query = new QueryExpression("cr_wifivisit") { ColumnSet = new ColumnSet("cr_name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
            query.AddLink("contact", "cr_contactid", "contactid").Orders.Add(new OrderExpression("fullname", OrderType.Descending));

            var first = data.Source.Run(query);
            query.PageInfo.PageNumber = 2;
            var second = data.Source.Run(query);

            Assert.IsNull(first.PagingCookie);
            Assert.IsTrue(first.MoreRecords);
            Assert.AreEqual(1, second.Entities.Count);
            Assert.AreEqual(3, first.Entities.Concat(second.Entities).Select(row => row.Id).Distinct().Count());
        }

        [TestMethod]
        public void DefaultPageSize_IsFiveThousand()
        {
            var source = ManyContacts(5001, 5001);

            var result = source.Run(new QueryExpression("contact"));

            Assert.AreEqual(5000, result.Entities.Count);
            Assert.IsTrue(result.MoreRecords);
        }

        [TestMethod]
        public void PageSizeAboveFiveThousand_IsCappedAtFiveThousand()
        {
            var source = ManyContacts(5001, 5001);

            var result = source.Run(new QueryExpression("contact") { PageInfo = new PagingInfo { Count = 10000, PageNumber = 1 } });

            Assert.AreEqual(5000, result.Entities.Count);
        }

        [TestMethod]
        public void TopCount_LimitsTheRows()
        {
            var source = ManyContacts(20, 20);
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname"), TopCount = 3 };
            query.AddOrder("fullname", OrderType.Descending);

            var result = source.Run(query);

            Assert.AreEqual("name 019,name 018,name 017", result.Names());
            Assert.IsFalse(result.MoreRecords);
        }

        [TestMethod]
        public void TopCountWithPaging_IsRefused()
        {
            var query = new QueryExpression("contact") { TopCount = 3, PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x80040203), fault.ErrorCode);
        }

        [TestMethod]
        public void TotalRecordCount_IsCountedOnlyWhenAsked()
        {
            var source = ManyContacts(12, 12);
            var asked = new QueryExpression("contact") { PageInfo = new PagingInfo { Count = 5, PageNumber = 1, ReturnTotalRecordCount = true } };
            var notAsked = new QueryExpression("contact") { PageInfo = new PagingInfo { Count = 5, PageNumber = 1 } };

            Assert.AreEqual(12, source.Run(asked).TotalRecordCount);
            Assert.AreEqual(-1, source.Run(notAsked).TotalRecordCount);
        }

        [TestMethod]
        public void MalformedCookie_FailsWithInvalidPagingCookie()
        {
            var query = new QueryExpression("contact") { PageInfo = new PagingInfo { Count = 5, PageNumber = 2, PagingCookie = "<cookie" } };

            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Run(query));

            Assert.AreEqual(unchecked((int)0x8004112A), fault.ErrorCode);
        }
    }
}
