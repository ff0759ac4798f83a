using System;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Security.SecurityRegistrations;

namespace DynamicsWifi.Emulator.Tests.Security
{
    [TestClass]
    public sealed class TablePrivilegeTests
    {
        private const PrivilegeDepth Global = PrivilegeDepth.Global;

        [TestMethod]
        public void CreateWithoutPrivilege_IsRefusedWithPrivilegeDenied()
        {
            var (_, service, user) = UserWith(("prvReadcr_library", Global));

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvCreatecr_library");
            StringAssert.Contains(fault.Message, user.ToString());
        }

        [TestMethod]
        public void CreateWithPrivilege_Succeeds()
        {
            var (_, service, _) = UserWith(("prvCreatecr_library", Global));

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            Assert.AreNotEqual(Guid.Empty, id);
        }

        [TestMethod]
        public void RetrieveWithoutReadPrivilege_IsRefusedWithPrivilegeDenied()
        {
            var (emulator, service, _) = UserWith(("prvCreatecr_library", Global));
            var id = emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var fault = ServiceFaults.Of(() => service.Retrieve("cr_library", id, new ColumnSet(true)));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvReadcr_library");
        }

        [TestMethod]
        public void QueryWithoutReadPrivilege_IsRefusedWithPrivilegeDenied()
        {
            var (_, service, _) = UserWith(("prvCreatecr_library", Global));

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(new QueryExpression("cr_library") { ColumnSet = new ColumnSet(true) }));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
        }

        [TestMethod]
        public void QueryLinkingATableWithoutReadPrivilege_IsRefusedWithPrivilegeDenied()
        {
            var (emulator, service, _) = UserWith(("prvReadcr_library", Global));
            var system = emulator.CreateOrganizationService(null);
            var library = system.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            system.Create(new Entity("cr_book") { ["cr_name"] = "Dune", ["cr_libraryid"] = new EntityReference("cr_library", library) });
            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name") };
            query.AddLink("cr_book", "cr_libraryid", "cr_libraryid").Columns = new ColumnSet("cr_name");

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(query));

            StringAssert.Contains(fault.Message, "prvReadcr_book");
        }

        [TestMethod]
        public void RetrieveWithReadPrivilege_Succeeds()
        {
            var (emulator, service, _) = UserWith(("prvReadcr_library", Global));
            var id = emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var row = service.Retrieve("cr_library", id, new ColumnSet("cr_name"));

            Assert.AreEqual("Central", row.GetAttributeValue<string>("cr_name"));
        }

        [TestMethod]
        public void UpdateWithoutWritePrivilege_IsRefusedWithPrivilegeDenied()
        {
            var (_, service, _) = UserWith(("prvCreatecr_library", Global), ("prvReadcr_library", Global));
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var fault = ServiceFaults.Of(() => service.Update(new Entity("cr_library", id) { ["cr_name"] = "North" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvWritecr_library");
        }

        [TestMethod]
        public void UpdateWithWritePrivilege_ChangesTheRow()
        {
            var (_, service, _) = UserWith(("prvCreatecr_library", Global), ("prvReadcr_library", Global), ("prvWritecr_library", Global));
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            service.Update(new Entity("cr_library", id) { ["cr_name"] = "North" });

            Assert.AreEqual("North", service.Retrieve("cr_library", id, new ColumnSet("cr_name")).GetAttributeValue<string>("cr_name"));
        }

        [TestMethod]
        public void DeleteWithoutPrivilege_IsRefusedWithPrivilegeDenied()
        {
            var (_, service, _) = UserWith(("prvCreatecr_library", Global));
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var fault = ServiceFaults.Of(() => service.Delete("cr_library", id));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvDeletecr_library");
        }

        [TestMethod]
        public void DeleteWithPrivilege_RemovesTheRow()
        {
            var (emulator, service, _) = UserWith(("prvCreatecr_library", Global), ("prvDeletecr_library", Global));
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            service.Delete("cr_library", id);

            Assert.AreEqual(0, emulator.CreateOrganizationService(null).RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void OrganizationOwnedTable_NeedsOnlyThePrivilege()
        {
            var (emulator, service, _) = UserWith(("prvReadcr_wifisecret", PrivilegeDepth.Basic));
            var id = emulator.CreateOrganizationService(null).Create(new Entity("cr_wifisecret") { ["cr_name"] = "signing" });

            var row = service.Retrieve("cr_wifisecret", id, new ColumnSet("cr_name"));

            Assert.AreEqual("signing", row.GetAttributeValue<string>("cr_name"));
        }

        [TestMethod]
        public void PrivilegeNames_CompareWithoutCase()
        {
            var (_, service, _) = UserWith(("prvCreateCR_Library", Global));

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            Assert.AreNotEqual(Guid.Empty, id);
        }

        [TestMethod]
        public void UserWithoutRoles_IsRefusedEverything()
        {
            var emulator = EmulatorWith();
            var service = emulator.CreateOrganizationService(emulator.CreateUser("Nobody"));

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
        }

        private static (DataverseEmulator Emulator, IOrganizationService Service, Guid User) UserWith(params (string, PrivilegeDepth)[] privileges)
        {
            var emulator = EmulatorWith(Role("Tester", privileges));
            var user = emulator.CreateUser("Tess Tester", "Tester");
            return (emulator, emulator.CreateOrganizationService(user), user);
        }
    }
}
