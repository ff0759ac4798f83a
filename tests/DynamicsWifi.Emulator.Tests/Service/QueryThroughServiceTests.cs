using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    [TestClass]
    public sealed class QueryThroughServiceTests
    {
        [TestMethod]
        public void PagingWithCookies_ReturnsEveryRowExactlyOnce()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var created = CreateLibraries(service, 2_345, i => i % 7);
            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_visits"), PageInfo = new PagingInfo { Count = 500, PageNumber = 1 } };
            query.AddOrder("cr_visits", OrderType.Ascending);

            var seen = Pages.All(service, query).Select(row => row.Id).ToList();

            Assert.AreEqual(created.Count, seen.Count);
            CollectionAssert.AreEquivalent(created, seen);
        }

        [TestMethod]
        public void FetchXmlAggregate_MatchesARecomputation()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            CreateLibraries(service, 300, i => i % 11);
            var fetch = "<fetch aggregate='true'><entity name='cr_library'>" +
                        "<attribute name='cr_visits' alias='total' aggregate='sum' />" +
                        "<attribute name='cr_libraryid' alias='count' aggregate='count' />" +
                        "<attribute name='cr_visits' alias='most' aggregate='max' /></entity></fetch>";

            var row = service.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

            var visits = Enumerable.Range(0, 300).Select(i => i % 11).ToList();
            Assert.AreEqual(visits.Sum(), Convert.ToInt32(((AliasedValue)row["total"]).Value));
            Assert.AreEqual(300, Convert.ToInt32(((AliasedValue)row["count"]).Value));
            Assert.AreEqual(visits.Max(), Convert.ToInt32(((AliasedValue)row["most"]).Value));
        }

        [TestMethod]
        public void ChildrenOfAParent_AreFoundWithoutReadingTheOtherRows()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);
            var libraries = CreateLibraries(service, 50, i => 0);
            var books = new EntityCollection(Enumerable.Range(0, 1_000).Select(i => new Entity("cr_book")
            {
                ["cr_name"] = "Book " + i,
                ["cr_libraryid"] = new EntityReference("cr_library", libraries[i % 50]),
            }).ToList()) { EntityName = "cr_book" };
            service.Execute(new CreateMultipleRequest { Targets = books });
            emulator.Requests.Clear();
            var query = new QueryExpression("cr_book") { ColumnSet = new ColumnSet("cr_name") };
            query.Criteria.AddCondition("cr_libraryid", ConditionOperator.Equal, libraries[3]);

            var found = service.RetrieveMultiple(query).Entities;

            Assert.AreEqual(20, found.Count);
            Assert.IsTrue(emulator.Requests.Records.Single().RowsRead <= 40, "the lookup index, not a scan of 1,000 books");
        }

        private static List<Guid> CreateLibraries(IOrganizationService service, int count, Func<int, int> visits)
        {
            var targets = new EntityCollection(Enumerable.Range(0, count)
                .Select(i => new Entity("cr_library") { ["cr_name"] = "Library " + i, ["cr_visits"] = visits(i) })
                .ToList()) { EntityName = "cr_library" };
            return ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = targets })).Ids.ToList();
        }
    }
}
