using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Registration.Export;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class SecurityRoleReaderTests
    {
        private static readonly Lazy<SolutionRegistrations> FastTrackRoles = new Lazy<SolutionRegistrations>(() => RegistrationSamples.ReadCustomizations(
            RegistrationSamples.Fragments(RegistrationSamples.P2CFieldService, "customizations.fragment.Roles.xml")));

        [TestMethod]
        public void FastTrackFragment_HasBothIntegrationRoles()
        {
            var names = FastTrackRoles.Value.Roles.Select(role => role.Name).ToArray();

            CollectionAssert.AreEqual(new[] { "External Integration - Admin", "External Integration - User" }, names);
            Assert.AreEqual(Guid.Parse("9e4028c1-b2e1-e811-a96c-000d3a2cb38d"), FastTrackRoles.Value.Roles[1].Id);
        }

        [TestMethod]
        public void RolePrivileges_KeepGlobalAndLocalDepths()
        {
            var admin = FastTrackRoles.Value.Roles[0];

            Assert.AreEqual(PrivilegeDepth.Global, admin.Privileges["prvAppendContact"]);
            Assert.AreEqual(PrivilegeDepth.Local, admin.Privileges["prvAssignContact"]);
        }

        [TestMethod]
        public void CurrentExportRole_GrantsItsTablePrivilegesGlobally()
        {
            var role = RegistrationSamples.Read(RegistrationSamples.ColumnLevelSecurity).Roles.Single();

            Assert.AreEqual("Column-level security sample role", role.Name);
            Assert.AreEqual(17, role.Privileges.Count);
            Assert.AreEqual(PrivilegeDepth.Global, role.Privileges["prvCreatesample_Example"]);
        }

        [TestMethod]
        [DataRow("Basic", nameof(PrivilegeDepth.Basic))]
        [DataRow("User", nameof(PrivilegeDepth.Basic))]
        [DataRow("Business Unit", nameof(PrivilegeDepth.Local))]
        [DataRow("Deep", nameof(PrivilegeDepth.Deep))]
        [DataRow("Parent: Child Business Units", nameof(PrivilegeDepth.Deep))]
        [DataRow("Organization", nameof(PrivilegeDepth.Global))]
        [DataRow("global", nameof(PrivilegeDepth.Global))]
        public void LevelNames_MapToDepths(string level, string depth)
        {
            var role = SecurityRoleReader.Read(Role($"<RolePrivilege name=\"prvReadContact\" level=\"{level}\" />")).Single();

            Assert.AreEqual(Enum.Parse<PrivilegeDepth>(depth), role.Privileges["prvReadContact"]);
        }

        [TestMethod]
        public void PrivilegeGrantedTwice_KeepsTheWiderDepth()
        {
            var role = SecurityRoleReader.Read(Role("<RolePrivilege name=\"prvReadContact\" level=\"Global\" /><RolePrivilege name=\"prvReadContact\" level=\"Basic\" />")).Single();

            Assert.AreEqual(PrivilegeDepth.Global, role.Privileges["prvReadContact"]);
        }

        [TestMethod]
        public void UnknownLevel_IsRefusedNamingRoleAndPrivilege()
        {
            var error = Assert.ThrowsExactly<InvalidDataException>(() => SecurityRoleReader.Read(Role("<RolePrivilege name=\"prvReadContact\" level=\"Galaxy\" />")));

            Assert.AreEqual("Security role 'WiFi Integration' grants 'prvReadContact' at level 'Galaxy'; the levels are Basic, Local, Deep and Global.", error.Message);
        }

        private static XElement Role(string privileges) => XElement.Parse(
            $"<ImportExportXml><Roles><Role id=\"{{2b2f5c1e-0a0a-4b4b-8c8c-0d0d0d0d0d0d}}\" name=\"WiFi Integration\"><RolePrivileges>{privileges}</RolePrivileges></Role></Roles></ImportExportXml>");
    }
}
