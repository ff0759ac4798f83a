using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>Writes and queries Dataverse refuses, refused here too, with nothing written.</summary>
    [TestClass]
    public sealed class RefusedWriteTests
    {
        private const uint ObjectDoesNotExist = 0x80040217;
        private const uint InvalidArgument = 0x80040203;
        private const uint LinkEntityLimitExceeded = 0x8004430D;
        private const int QueryPlanLimit = 15;

        [TestMethod]
        public void LookupToAMissingRow_IsRefusedWithObjectDoesNotExist()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var missing = Guid.NewGuid();

            var fault = ServiceFaults.Of(() => service.Create(Book("isbn-1", new EntityReference("cr_library", missing))));

            Assert.AreEqual(ServiceFaults.Code(ObjectDoesNotExist), fault.ErrorCode);
            Assert.AreEqual($"cr_library With Id = {missing} Does Not Exist", fault.Message);
            Assert.AreEqual(0, Count(service, "cr_book"));
        }

        [TestMethod]
        public void LookupToTheEmptyId_IsRefusedWithObjectDoesNotExist()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(Book("isbn-1", new EntityReference("cr_library", Guid.Empty))));

            Assert.AreEqual(ServiceFaults.Code(ObjectDoesNotExist), fault.ErrorCode);
            Assert.AreEqual(0, Count(service, "cr_book"));
        }

        [TestMethod]
        public void UpdateToALookupOfADeletedRow_IsRefusedAndKeepsTheOldValue()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var gone = service.Create(new Entity("cr_library") { ["cr_name"] = "Closed" });
            var book = service.Create(Book("isbn-1", new EntityReference("cr_library", library)));
            service.Delete("cr_library", gone);

            var fault = ServiceFaults.Of(() => service.Update(new Entity("cr_book", book) { ["cr_libraryid"] = new EntityReference("cr_library", gone) }));

            Assert.AreEqual(ServiceFaults.Code(ObjectDoesNotExist), fault.ErrorCode);
            Assert.AreEqual(library, service.Retrieve("cr_book", book, new ColumnSet("cr_libraryid")).GetAttributeValue<EntityReference>("cr_libraryid").Id);
        }

        [TestMethod]
        public void CreateWithTheEmptyIdAsItsPrimaryKey_GetsANewId()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var id = service.Create(new Entity("cr_library") { ["cr_libraryid"] = Guid.Empty, ["cr_name"] = "Central" });

            Assert.AreNotEqual(Guid.Empty, id);
            Assert.AreEqual("Central", service.Retrieve("cr_library", id, new ColumnSet("cr_name")).GetAttributeValue<string>("cr_name"));
        }

        [TestMethod]
        public void UpsertWhoseKeyValueIsNull_IsRefusedAndCreatesNothing()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var target = new Entity("cr_library", "cr_code", null!) { ["cr_name"] = "Central" };

            var fault = ServiceFaults.Of(() => service.Execute(new UpsertRequest { Target = target }));

            Assert.AreEqual(ServiceFaults.Code(InvalidArgument), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "cr_code");
            Assert.AreEqual(0, Count(service, "cr_library"));
        }

        [TestMethod]
        public void QueryWithFifteenLinks_IsAnswered()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var rows = service.RetrieveMultiple(Linked(QueryPlanLimit));

            Assert.AreEqual(0, rows.Entities.Count);
        }

        [TestMethod]
        public void QueryWithSixteenLinks_IsRefused()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(Linked(QueryPlanLimit + 1)));

            Assert.AreEqual(ServiceFaults.Code(LinkEntityLimitExceeded), fault.ErrorCode);
            Assert.AreEqual("Number of link entities in query exceeded maximum limit.", fault.Message);
        }

        [TestMethod]
        public void FetchWithSixteenNestedLinks_IsRefused()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var links = string.Concat(Enumerable.Range(0, QueryPlanLimit + 1).Select(index => $"<link-entity name='cr_library' from='cr_libraryid' to='cr_libraryid' alias='l{index}'>"));
            var closes = string.Concat(Enumerable.Repeat("</link-entity>", QueryPlanLimit + 1));

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(new FetchExpression($"<fetch><entity name='cr_library'>{links}{closes}</entity></fetch>")));

            Assert.AreEqual(ServiceFaults.Code(LinkEntityLimitExceeded), fault.ErrorCode);
        }

        private static Entity Book(string isbn, EntityReference library) =>
            new Entity("cr_book") { ["cr_name"] = isbn, ["cr_isbn"] = isbn, ["cr_libraryid"] = library };

        private static QueryExpression Linked(int links)
        {
            var query = new QueryExpression("cr_library");
            for (var index = 0; index < links; index++)
            {
                query.AddLink("cr_note", "cr_libraryid", "cr_libraryid", JoinOperator.LeftOuter).EntityAlias = "note" + index;
            }

            return query;
        }

        private static int Count(IOrganizationService service, string table) => service.RetrieveMultiple(new QueryExpression(table)).Entities.Count;
    }
}
