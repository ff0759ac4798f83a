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
    public sealed class ColumnSecurityTests
    {
        [TestMethod]
        public void SecuredColumn_IsInvisibleToTheIntegrationUser()
        {
            var org = Organization.Create();

            var secret = org.Integration.Retrieve("cr_wifisecret", org.SecretId, new ColumnSet(true));

            Assert.IsFalse(secret.Contains("cr_value"));
            Assert.AreEqual("signing", secret.GetAttributeValue<string>("cr_name"));
        }

        [TestMethod]
        public void SecuredColumn_IsVisibleToASystemService()
        {
            var org = Organization.Create();

            var secret = org.Emulator.CreateOrganizationService(null).Retrieve("cr_wifisecret", org.SecretId, new ColumnSet("cr_value"));

            Assert.AreEqual("s3cr3t", secret.GetAttributeValue<string>("cr_value"));
        }

        [TestMethod]
        public void SecuredColumn_IsVisibleToTheSystemAdministrator()
        {
            var org = Organization.Create();

            var secret = org.Emulator.CreateOrganizationService(org.Emulator.SystemAdministratorId).Retrieve("cr_wifisecret", org.SecretId, new ColumnSet("cr_value"));

            Assert.AreEqual("s3cr3t", secret.GetAttributeValue<string>("cr_value"));
        }

        [TestMethod]
        public void SecuredColumn_IsLeftOutOfQueriesAndCannotBeFilteredOn()
        {
            var org = Organization.Create();
            var query = new QueryExpression("cr_wifisecret") { ColumnSet = new ColumnSet("cr_name", "cr_value") };
            query.Criteria.AddCondition("cr_value", ConditionOperator.Equal, "s3cr3t");

            var rows = org.Integration.RetrieveMultiple(query).Entities;

            Assert.AreEqual(0, rows.Count);
        }

        [TestMethod]
        public void SecuredColumn_IsVisibleThroughAProfileThatGrantsRead()
        {
            var org = Organization.Create();
            var library = org.System.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_secret"] = "door code" });
            org.Emulator.AddToFieldSecurityProfile(org.IntegrationId, LibrarySecrets);

            var row = org.Integration.Retrieve("cr_library", library, new ColumnSet("cr_secret"));

            Assert.AreEqual("door code", row.GetAttributeValue<string>("cr_secret"));
        }

        [TestMethod]
        public void SecuredColumnOnCreate_WithoutProfile_IsRefused()
        {
            var org = Organization.Create();

            var fault = ServiceFaults.Of(() => org.Integration.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_secret"] = "door code" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040220), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "cr_secret");
        }

        [TestMethod]
        public void SecuredColumnOnUpdate_WithoutUpdatePermission_IsRefused()
        {
            var org = Organization.Create(SecretsProfile(canUpdate: false));
            org.Emulator.AddToFieldSecurityProfile(org.IntegrationId, LibrarySecrets);
            var library = org.Integration.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_secret"] = "door code" });

            var fault = ServiceFaults.Of(() => org.Integration.Update(new Entity("cr_library", library) { ["cr_secret"] = "new code" }));

            StringAssert.Contains(fault.Message, "update");
        }

        [TestMethod]
        public void SecuredColumnOnUpdate_WithProfile_IsWritten()
        {
            var org = Organization.Create();
            org.Emulator.AddToFieldSecurityProfile(org.IntegrationId, LibrarySecrets);
            var library = org.Integration.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            org.Integration.Update(new Entity("cr_library", library) { ["cr_secret"] = "new code" });

            Assert.AreEqual("new code", org.System.Retrieve("cr_library", library, new ColumnSet("cr_secret")).GetAttributeValue<string>("cr_secret"));
        }

        [TestMethod]
        public void UnknownProfileName_IsRefusedNamingIt()
        {
            var org = Organization.Create();

            var error = Assert.ThrowsExactly<ArgumentException>(() => org.Emulator.AddToFieldSecurityProfile(org.IntegrationId, "Nope"));

            StringAssert.Contains(error.Message, "Nope");
        }

        /// <summary>A "WiFi Integration" user reading and writing everything of the solution, with no field security
        /// profile, and one cr_wifisecret row written by SYSTEM.</summary>
        private sealed class Organization
        {
            private Organization(DataverseEmulator emulator)
            {
                Emulator = emulator;
                System = emulator.CreateOrganizationService(null);
                IntegrationId = emulator.CreateApplicationUser("WiFi platform", Guid.NewGuid(), "WiFi Integration");
                Integration = emulator.CreateOrganizationService(IntegrationId);
                SecretId = System.Create(new Entity("cr_wifisecret") { ["cr_name"] = "signing", ["cr_value"] = "s3cr3t" });
            }

            public DataverseEmulator Emulator { get; }

            public IOrganizationService System { get; }

            public Guid IntegrationId { get; }

            public IOrganizationService Integration { get; }

            public Guid SecretId { get; }

            public static Organization Create(FieldSecurityProfileDefinition? profile = null)
            {
                var role = Role(
                    "WiFi Integration",
                    [.. All("cr_library", PrivilegeDepth.Global), .. All("cr_book", PrivilegeDepth.Global), ("prvReadcr_wifisecret", PrivilegeDepth.Global)]);
                return new Organization(EmulatorWith(new[] { role }, profile ?? SecretsProfile()));
            }
        }
    }
}
