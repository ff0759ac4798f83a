using System.Collections.Generic;
using System;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Security;
using DynamicsWifi.Emulator.Tests.Query;
using DynamicsWifi.Emulator.Tests.Service;
using DynamicsWifi.SolutionFiles;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static DynamicsWifi.Emulator.Tests.Security.SecurityRegistrations;

namespace DynamicsWifi.Emulator.Tests.Security
{

    /// <summary>A custom API's execute privilege (an existing privilege it names, DESIGN.md 4), checked on
    /// RoleBasedAccess directly until the custom API dispatch calls it.</summary>
    [TestClass]
    public sealed class ExecutePrivilegeTests
    {
        private static readonly MetadataCatalog Catalog = SolutionMetadataReader.Read(SolutionSource.Open(SecuredSolution.Path));

        [TestMethod]
        public void CallerWithoutTheExecutePrivilege_IsRefusedWithPrivilegeDenied()
        {
            var caller = Guid.NewGuid();
            var access = AccessOf(caller, Role("Reader", ("prvReadcr_wifivisit", PrivilegeDepth.Global)));

            var fault = ServiceFaults.Of(() => access.EnsureHolds("prvCreatecr_wifivisit"));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvCreatecr_wifivisit");
            StringAssert.Contains(fault.Message, caller.ToString());
        }

        [TestMethod]
        public void CallerHoldingTheExecutePrivilegeAtAnyDepth_MayExecute()
        {
            var access = AccessOf(Guid.NewGuid(), Role("WiFi Integration", ("prvCreatecr_wifivisit", PrivilegeDepth.Basic)));

            access.EnsureHolds("prvCreatecr_wifivisit");
        }

        [TestMethod]
        public void SystemAdministrator_HoldsEveryPrivilege()
        {
            var access = new RoleBasedAccess(Catalog, CallerGrants.Of(Guid.NewGuid(), null, Array.Empty<SecurityRoleDefinition>(), Array.Empty<FieldSecurityProfileDefinition>(), isSystemAdministrator: true), new TestRowSource(Catalog));

            access.EnsureHolds("prvCreatecr_wificonsentchange");
        }

        [TestMethod]
        public void RolesOfAUser_AreReadFromSystemUserRoles()
        {
            var rows = new TestRowSource(Catalog);
            var user = Guid.NewGuid();
            var role = Role("WiFi Integration", ("prvCreatecr_wifivisit", PrivilegeDepth.Global));
            rows.Add("systemuser", user, ("lastname", "Platform"));
            rows.Add("systemuserroles", Guid.NewGuid(), ("systemuserid", user), ("roleid", role.Id));
            var security = new OrganizationSecurity(Catalog, rows, Guid.NewGuid(), new[] { role }, new List<FieldSecurityProfileDefinition>());

            var grants = security.GrantsOf(user);

            Assert.IsTrue(grants.TryGetDepth("prvCreatecr_wifivisit", out var depth));
            Assert.AreEqual(PrivilegeDepth.Global, depth);
        }

        private static RoleBasedAccess AccessOf(Guid caller, params SecurityRoleDefinition[] roles) =>
            new(Catalog, CallerGrants.Of(caller, null, roles, Array.Empty<FieldSecurityProfileDefinition>(), isSystemAdministrator: false), new TestRowSource(Catalog));
    }
}
