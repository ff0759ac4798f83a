using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>Deletes follow each relationship's CascadeDelete, all in one transaction.</summary>
    [TestClass]
    public sealed class DeleteTests
    {
        [TestMethod]
        public void CascadeRelationship_DeletesTheChildrenWithTheParent()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var other = service.Create(new Entity("cr_library") { ["cr_name"] = "Other" });
            Book(service, library, "Dune");
            Book(service, library, "Emma");
            var kept = Book(service, other, "Ulysses");

            service.Delete("cr_library", library);

            var books = service.RetrieveMultiple(new QueryExpression("cr_book")).Entities;
            Assert.AreEqual(1, books.Count);
            Assert.AreEqual(kept, books[0].Id);
        }

        [TestMethod]
        public void RestrictRelationship_RefusesTheDeleteAndKeepsEverything()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var book = Book(service, library, "Dune");
            service.Create(new Entity("cr_loan") { ["cr_name"] = "Loan", ["cr_bookid"] = new EntityReference("cr_book", book) });

            var fault = ServiceFaults.Of(() => service.Delete("cr_library", library));

            StringAssert.Contains(fault.Message, "cr_book_cr_loan");
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("cr_book")).Entities.Count);
        }

        [TestMethod]
        public void RemoveLinkRelationship_ClearsTheChildrensLookup()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var note = service.Create(new Entity("cr_note") { ["cr_name"] = "Note", ["cr_libraryid"] = new EntityReference("cr_library", library) });

            service.Delete("cr_library", library);

            Assert.IsFalse(service.Retrieve("cr_note", note, new ColumnSet("cr_libraryid")).Contains("cr_libraryid"));
        }

        [TestMethod]
        public void DeleteOfAMissingRow_IsRefusedWithObjectDoesNotExist()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Delete("cr_library", Guid.NewGuid()));

            Assert.AreEqual(ServiceFaults.Code(0x80040217), fault.ErrorCode);
        }

        private static Guid Book(IOrganizationService service, Guid library, string name) =>
            service.Create(new Entity("cr_book") { ["cr_name"] = name, ["cr_libraryid"] = new EntityReference("cr_library", library) });
    }
}
