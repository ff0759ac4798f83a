using System;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>WhoAmI answers the caller's user, business unit and organization: the local host and the platform's client
    /// ask it to check who their credentials act as.</summary>
    [TestClass]
    public sealed class WhoAmITests
    {
        [TestMethod]
        public void User_GetsTheirIdTheirBusinessUnitAndTheOrganization()
        {
            var emulator = Emulators.Library();
            var system = emulator.CreateOrganizationService(null);
            var spa = system.Create(new Entity("businessunit")
            {
                ["name"] = "Spa",
                ["parentbusinessunitid"] = new EntityReference("businessunit", OrganizationSeed.RootBusinessUnitId),
            });
            var ann = emulator.CreateUser("Ann");
            system.Update(new Entity("systemuser", ann) { ["businessunitid"] = new EntityReference("businessunit", spa) });

            var response = emulator.CreateOrganizationService(ann).Execute(new OrganizationRequest("WhoAmI"));

            Assert.AreEqual(ann, response["UserId"]);
            Assert.AreEqual(spa, response["BusinessUnitId"]);
            Assert.AreEqual(OrganizationSeed.OrganizationId, response["OrganizationId"]);
        }

        [TestMethod]
        public void Organization_IsTheOnePluginContextsReport()
        {
            var emulator = Library(Step("WhoAmI", string.Empty, PipelineStage.PostOperation, typeof(OrganizationTracingPlugin)));

            var response = emulator.CreateOrganizationService(null).Execute(new OrganizationRequest("WhoAmI"));

            CollectionAssert.Contains(emulator.PluginTraces.Records[0].Lines.ToList(), "organization=" + response["OrganizationId"]);
        }

        [TestMethod]
        public void System_IsInTheRootBusinessUnit()
        {
            var system = Emulators.Library().CreateOrganizationService(null);

            var response = system.Execute(new OrganizationRequest("WhoAmI"));

            Assert.AreEqual(OrganizationSeed.SystemUserId, response["UserId"]);
            Assert.AreEqual(OrganizationSeed.RootBusinessUnitId, response["BusinessUnitId"]);
            Assert.AreNotEqual(Guid.Empty, response["OrganizationId"]);
        }
    }
}
