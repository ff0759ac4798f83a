using System;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Security.SecurityRegistrations;

namespace DynamicsWifi.Emulator.Tests.Security
{
    [TestClass]
    public sealed class UserRoleTests
    {
        [TestMethod]
        public void UnknownRoleName_IsRefusedNamingIt()
        {
            var emulator = EmulatorWith(Role("Librarian"));

            var error = Assert.ThrowsExactly<ArgumentException>(() => emulator.CreateUser("Ann", "Librarian", "Astronaut"));

            StringAssert.Contains(error.Message, "Astronaut");
        }

        [TestMethod]
        public void AssignedRoles_AreSystemUserRolesRows()
        {
            var librarian = Role("Librarian");
            var emulator = EmulatorWith(librarian);

            var user = emulator.CreateUser("Ann", "Librarian");

            var query = new QueryExpression("systemuserroles") { ColumnSet = new ColumnSet("roleid") };
            query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, user);
            var assignments = emulator.CreateOrganizationService(null).RetrieveMultiple(query).Entities;
            Assert.AreEqual(1, assignments.Count);
            Assert.AreEqual(librarian.Id, assignments[0].GetAttributeValue<Guid>("roleid"));
        }

        [TestMethod]
        public void SeededSystemAdministrator_HoldsTheSystemAdministratorRole()
        {
            var emulator = EmulatorWith();

            var query = new QueryExpression("systemuserroles") { ColumnSet = new ColumnSet("roleid") };
            query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, emulator.SystemAdministratorId);
            var roles = emulator.CreateOrganizationService(null).RetrieveMultiple(query).Entities;

            Assert.AreEqual(OrganizationSecurity.SystemAdministratorRoleId, roles[0].GetAttributeValue<Guid>("roleid"));
        }

        [TestMethod]
        public void UserGivenSystemAdministrator_MayDoAnything()
        {
            var emulator = EmulatorWith();
            var service = emulator.CreateOrganizationService(emulator.CreateUser("Ann", "System Administrator"));

            var id = service.Create(new Entity("cr_wifisecret") { ["cr_name"] = "signing", ["cr_value"] = "s3cr3t" });

            Assert.AreEqual("s3cr3t", service.Retrieve("cr_wifisecret", id, new ColumnSet("cr_value")).GetAttributeValue<string>("cr_value"));
        }

        [TestMethod]
        public void ApplicationUser_IsASystemUserWithItsApplicationIdAndRoles()
        {
            var emulator = EmulatorWith(Role("WiFi Integration", ("prvCreatecr_library", PrivilegeDepth.Global)));
            var application = Guid.NewGuid();

            var user = emulator.CreateApplicationUser("WiFi platform", application, "WiFi Integration");

            var row = emulator.CreateOrganizationService(null).Retrieve("systemuser", user, new ColumnSet("applicationid"));
            Assert.AreEqual(application, row.GetAttributeValue<Guid>("applicationid"));
            Assert.AreNotEqual(Guid.Empty, emulator.CreateOrganizationService(user).Create(new Entity("cr_library") { ["cr_name"] = "Central" }));
        }

        [TestMethod]
        public void RoleRows_ExistForEveryRole()
        {
            var emulator = EmulatorWith(Role("Librarian"));

            var roles = emulator.CreateOrganizationService(null).RetrieveMultiple(new QueryExpression("role") { ColumnSet = new ColumnSet("name") }).Entities;

            Assert.AreEqual(2, roles.Count);
        }
    }
}
