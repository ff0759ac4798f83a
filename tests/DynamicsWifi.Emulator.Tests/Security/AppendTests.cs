using System;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Security.SecurityRegistrations;

namespace DynamicsWifi.Emulator.Tests.Security
{
    [TestClass]
    public sealed class AppendTests
    {
        private const PrivilegeDepth Global = PrivilegeDepth.Global;

        [TestMethod]
        public void LookupWithoutAppend_IsRefusedWithPrivilegeDenied()
        {
            var (service, library) = Arrange(("prvCreatecr_book", Global), ("prvAppendTocr_library", Global));

            var fault = ServiceFaults.Of(() => service.Create(Book(library)));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvAppendcr_book");
        }

        [TestMethod]
        public void LookupWithoutAppendTo_IsRefusedWithPrivilegeDenied()
        {
            var (service, library) = Arrange(("prvCreatecr_book", Global), ("prvAppendcr_book", Global));

            var fault = ServiceFaults.Of(() => service.Create(Book(library)));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvAppendTocr_library");
        }

        [TestMethod]
        public void LookupWithAppendAndAppendTo_IsCreated()
        {
            var (service, library) = Arrange(("prvCreatecr_book", Global), ("prvAppendcr_book", Global), ("prvAppendTocr_library", Global));

            var id = service.Create(Book(library));

            Assert.AreNotEqual(Guid.Empty, id);
        }

        [TestMethod]
        public void BasicAppendTo_OnAnotherUsersRow_IsRefusedWithAccessDenied()
        {
            var (service, library) = Arrange(("prvCreatecr_book", Global), ("prvAppendcr_book", Global), ("prvAppendTocr_library", PrivilegeDepth.Basic));

            var fault = ServiceFaults.Of(() => service.Create(Book(library)));

            Assert.AreEqual(ServiceFaults.Code(0x80048405), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvAppendTocr_library");
        }

        [TestMethod]
        public void UpdateSettingALookupWithoutAppendTo_IsRefused()
        {
            var (service, library) = Arrange(("prvCreatecr_book", Global), ("prvWritecr_book", Global), ("prvAppendcr_book", Global));
            var book = service.Create(new Entity("cr_book") { ["cr_name"] = "Dune" });

            var fault = ServiceFaults.Of(() => service.Update(new Entity("cr_book", book) { ["cr_libraryid"] = new EntityReference("cr_library", library) }));

            StringAssert.Contains(fault.Message, "prvAppendTocr_library");
        }

        private static Entity Book(Guid library) => new("cr_book") { ["cr_name"] = "Dune", ["cr_libraryid"] = new EntityReference("cr_library", library) };

        /// <summary>A user with the privileges, and a library owned by the System Administrator.</summary>
        private static (IOrganizationService Service, Guid Library) Arrange(params (string, PrivilegeDepth)[] privileges)
        {
            var emulator = EmulatorWith(Role("Cataloguer", privileges));
            var library = emulator.CreateOrganizationService(emulator.SystemAdministratorId).Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            return (emulator.CreateOrganizationService(emulator.CreateUser("Cat", "Cataloguer")), library);
        }
    }
}
