using System.Linq;
using System;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Security.SecurityRegistrations;

namespace DynamicsWifi.Emulator.Tests.Security
{
    [TestClass]
    public sealed class PrivilegeDepthTests
    {
        [TestMethod]
        public void BasicRead_QueriesOnlyTheCallersOwnRows()
        {
            var org = Organization.With(PrivilegeDepth.Basic);
            org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });
            org.Bob.Create(new Entity("cr_library") { ["cr_name"] = "Bob's" });

            var names = Names(org.Bob);

            CollectionAssert.AreEqual(new[] { "Bob's" }, names);
        }

        [TestMethod]
        public void GlobalRead_QueriesEveryonesRows()
        {
            var org = Organization.With(PrivilegeDepth.Global);
            org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });
            org.Bob.Create(new Entity("cr_library") { ["cr_name"] = "Bob's" });

            var names = Names(org.Bob);

            CollectionAssert.AreEquivalent(new[] { "Ann's", "Bob's" }, names);
        }

        [TestMethod]
        public void BasicRead_OfAnotherUsersRow_IsRefusedWithAccessDenied()
        {
            var org = Organization.With(PrivilegeDepth.Basic);
            var anns = org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });

            var fault = ServiceFaults.Of(() => org.Bob.Retrieve("cr_library", anns, new ColumnSet("cr_name")));

            Assert.AreEqual(ServiceFaults.Code(0x80048405), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvReadcr_library");
            StringAssert.Contains(fault.Message, org.BobId.ToString());
        }

        [TestMethod]
        public void BasicWrite_OfAnotherUsersRow_IsRefusedWithAccessDenied()
        {
            var org = Organization.With(PrivilegeDepth.Basic);
            var anns = org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });

            var fault = ServiceFaults.Of(() => org.Bob.Update(new Entity("cr_library", anns) { ["cr_name"] = "Mine now" }));

            Assert.AreEqual(ServiceFaults.Code(0x80048405), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "prvWritecr_library");
        }

        [TestMethod]
        public void GlobalDelete_OfAnotherUsersRow_Succeeds()
        {
            var org = Organization.With(PrivilegeDepth.Global);
            var anns = org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });

            org.Bob.Delete("cr_library", anns);

            Assert.AreEqual(0, Names(org.Ann).Length);
        }

        [TestMethod]
        public void LocalRead_DoesNotReachAChildBusinessUnit()
        {
            var org = Organization.With(PrivilegeDepth.Local);
            org.MoveBobToChildUnit();
            var bobs = org.Bob.Create(new Entity("cr_library") { ["cr_name"] = "Bob's" });

            var fault = ServiceFaults.Of(() => org.Ann.Retrieve("cr_library", bobs, new ColumnSet("cr_name")));

            Assert.AreEqual(ServiceFaults.Code(0x80048405), fault.ErrorCode);
        }

        [TestMethod]
        public void DeepRead_ReachesAChildBusinessUnit()
        {
            var org = Organization.With(PrivilegeDepth.Deep);
            org.MoveBobToChildUnit();
            var bobs = org.Bob.Create(new Entity("cr_library") { ["cr_name"] = "Bob's" });

            var row = org.Ann.Retrieve("cr_library", bobs, new ColumnSet("cr_name"));

            Assert.AreEqual("Bob's", row.GetAttributeValue<string>("cr_name"));
        }

        [TestMethod]
        public void DeepRead_DoesNotReachAParentBusinessUnit()
        {
            var org = Organization.With(PrivilegeDepth.Deep);
            var anns = org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });
            org.MoveBobToChildUnit();

            var names = Names(org.Bob);

            Assert.IsFalse(names.Contains("Ann's"));
            Assert.AreNotEqual(Guid.Empty, anns);
        }

        [TestMethod]
        public void LocalRead_ReachesAnotherUserOfTheSameUnit()
        {
            var org = Organization.With(PrivilegeDepth.Local);
            org.Ann.Create(new Entity("cr_library") { ["cr_name"] = "Ann's" });

            var names = Names(org.Bob);

            CollectionAssert.AreEqual(new[] { "Ann's" }, names);
        }

        private static string[] Names(IOrganizationService service) => service
            .RetrieveMultiple(new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name") })
            .Entities.Select(row => row.GetAttributeValue<string>("cr_name")).ToArray();

        /// <summary>Ann and Bob in the root business unit, both holding every cr_library privilege at one depth.</summary>
        private sealed class Organization
        {
            private readonly DataverseEmulator _emulator;

            private Organization(DataverseEmulator emulator)
            {
                _emulator = emulator;
                var ann = emulator.CreateUser("Ann", "Librarian");
                BobId = emulator.CreateUser("Bob", "Librarian");
                Ann = emulator.CreateOrganizationService(ann);
                Bob = emulator.CreateOrganizationService(BobId);
            }

            public IOrganizationService Ann { get; }

            public IOrganizationService Bob { get; }

            public Guid BobId { get; }

            public static Organization With(PrivilegeDepth depth) => new(EmulatorWith(Role("Librarian", All("cr_library", depth))));

            public void MoveBobToChildUnit()
            {
                var system = _emulator.CreateOrganizationService(null);
                var child = system.Create(new Entity("businessunit")
                {
                    ["name"] = "Spa",
                    ["parentbusinessunitid"] = new EntityReference("businessunit", OrganizationSeed.RootBusinessUnitId),
                });
                system.Update(new Entity("systemuser", BobId) { ["businessunitid"] = new EntityReference("businessunit", child) });
            }
        }
    }
}
