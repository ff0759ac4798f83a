using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    [TestClass]
    public sealed class CrudTests
    {
        [TestMethod]
        public void Create_StampsThePlatformsColumns()
        {
            var emulator = Emulators.Library();
            var user = emulator.CreateUser("Ann Admin", "System Administrator");
            var service = emulator.CreateOrganizationService(user);

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var row = service.Retrieve("cr_library", id, new ColumnSet(true));
            Assert.AreEqual(id, row.Id);
            Assert.AreEqual(user, row.GetAttributeValue<EntityReference>("createdby").Id);
            Assert.AreEqual(user, row.GetAttributeValue<EntityReference>("ownerid").Id);
            Assert.AreEqual(DateTimeKind.Utc, row.GetAttributeValue<DateTime>("createdon").Kind);
            Assert.AreEqual(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
            Assert.IsNotNull(row.GetAttributeValue<EntityReference>("owningbusinessunit"));
        }

        [TestMethod]
        public void Responses_CarryTheirMessageName()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var created = (CreateResponse)service.Execute(new CreateRequest { Target = new Entity("cr_library") { ["cr_name"] = "Central" } });
            var target = new EntityReference("cr_library", created.id);
            var retrieved = service.Execute(new RetrieveRequest { Target = target, ColumnSet = new ColumnSet("cr_name") });
            var updated = service.Execute(new UpdateRequest { Target = new Entity("cr_library", created.id) { ["cr_name"] = "North" } });
            var deleted = service.Execute(new DeleteRequest { Target = target });

            CollectionAssert.AreEqual(
                new[] { "Create", "Retrieve", "Update", "Delete" },
                new[] { created.ResponseName, retrieved.ResponseName, updated.ResponseName, deleted.ResponseName });
        }

        [TestMethod]
        public void GenericRequestWithoutItsTarget_IsRefusedNamingIt()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Execute(new OrganizationRequest("Create")));

            Assert.AreEqual(ServiceFaults.Code(0x80040203), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "'Target'");
        }

        [TestMethod]
        public void CreateWithTheCallersId_KeepsIt()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = Guid.NewGuid();

            var created = service.Create(new Entity("cr_library", id) { ["cr_name"] = "Central" });

            Assert.AreEqual(id, created);
        }

        [TestMethod]
        public void CreateWithAnExistingId_IsRefusedWithDuplicateRecord()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library", id) { ["cr_name"] = "Again" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040237), fault.ErrorCode);
        }

        [TestMethod]
        public void Retrieve_ReturnsOnlyTheRequestedColumnsThatHaveValues()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_visits"] = 3 });

            var row = service.Retrieve("cr_library", id, new ColumnSet("cr_visits", "cr_code"));

            Assert.AreEqual(3, row["cr_visits"]);
            Assert.IsFalse(row.Contains("cr_name"));
            Assert.IsFalse(row.Contains("cr_code"));
        }

        [TestMethod]
        public void Retrieve_GivesChoiceLabelsAndLookupNames()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_kind"] = new OptionSetValue(2) });
            var book = service.Create(new Entity("cr_book") { ["cr_name"] = "Dune", ["cr_libraryid"] = new EntityReference("cr_library", library) });

            var libraryRow = service.Retrieve("cr_library", library, new ColumnSet("cr_kind"));
            var bookRow = service.Retrieve("cr_book", book, new ColumnSet("cr_libraryid"));

            Assert.AreEqual("Kind 2", libraryRow.FormattedValues["cr_kind"]);
            Assert.AreEqual("Central", bookRow.GetAttributeValue<EntityReference>("cr_libraryid").Name);
        }

        [TestMethod]
        public void RetrieveOfAMissingRow_IsRefusedWithObjectDoesNotExist()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = Guid.NewGuid();

            var fault = ServiceFaults.Of(() => service.Retrieve("cr_library", id, new ColumnSet(true)));

            Assert.AreEqual(ServiceFaults.Code(0x80040217), fault.ErrorCode);
            StringAssert.Contains(fault.Message, id.ToString());
        }

        [TestMethod]
        public void RetrieveByAlternateKey_FindsTheRow()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "C1" });

            var response = (RetrieveResponse)service.Execute(new RetrieveRequest
            {
                Target = new EntityReference("cr_library", "cr_code", "C1"),
                ColumnSet = new ColumnSet("cr_name"),
            });

            Assert.AreEqual(id, response.Entity.Id);
        }

        [TestMethod]
        public void RetrieveByAnUnknownKeyValue_IsRefusedWithRecordNotFoundByEntityKey()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Execute(new RetrieveRequest
            {
                Target = new EntityReference("cr_library", "cr_code", "none"),
                ColumnSet = new ColumnSet("cr_name"),
            }));

            Assert.AreEqual(ServiceFaults.Code(0x80060891), fault.ErrorCode);
        }

        [TestMethod]
        public void LookupSetByAlternateKey_PointsAtThatRow()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "C1" });

            var book = service.Create(new Entity("cr_book") { ["cr_name"] = "Dune", ["cr_libraryid"] = new EntityReference("cr_library", "cr_code", "C1") });

            Assert.AreEqual(library, service.Retrieve("cr_book", book, new ColumnSet("cr_libraryid")).GetAttributeValue<EntityReference>("cr_libraryid").Id);
        }

        [TestMethod]
        public void Update_ChangesOnlyTheColumnsSent()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_visits"] = 3 });

            service.Update(new Entity("cr_library", id) { ["cr_visits"] = 4 });

            var row = service.Retrieve("cr_library", id, new ColumnSet("cr_name", "cr_visits"));
            Assert.AreEqual("Central", row["cr_name"]);
            Assert.AreEqual(4, row["cr_visits"]);
        }

        [TestMethod]
        public void UpdateWithAStaleRowVersion_IsRefusedWithConcurrencyVersionMismatch()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var seen = service.Retrieve("cr_library", id, new ColumnSet("cr_name"));
            service.Update(new Entity("cr_library", id) { ["cr_name"] = "Changed meanwhile" });

            var stale = new Entity("cr_library", id) { ["cr_name"] = "Mine", RowVersion = seen.RowVersion };
            var fault = ServiceFaults.Of(() => service.Execute(new UpdateRequest { Target = stale, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

            Assert.AreEqual(ServiceFaults.Code(0x80060882), fault.ErrorCode);
        }

        [TestMethod]
        public void UpdateWithTheCurrentRowVersion_Succeeds()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var seen = service.Retrieve("cr_library", id, new ColumnSet("cr_name"));

            service.Execute(new UpdateRequest
            {
                Target = new Entity("cr_library", id) { ["cr_name"] = "Mine", RowVersion = seen.RowVersion },
                ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
            });

            Assert.AreEqual("Mine", service.Retrieve("cr_library", id, new ColumnSet("cr_name"))["cr_name"]);
        }

        [TestMethod]
        public void ContactName_IsComposedFromFirstAndLastName()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("contact") { ["firstname"] = "Ann", ["lastname"] = "Smith" });

            service.Update(new Entity("contact", id) { ["lastname"] = "Jones" });

            Assert.AreEqual("Ann Jones", service.Retrieve("contact", id, new ColumnSet("fullname"))["fullname"]);
        }
    }
}
