using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    [TestClass]
    public sealed class BulkMessageTests
    {
        [TestMethod]
        public void CreateMultiple_CreatesEveryItemAndReturnsTheirIds()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var targets = new EntityCollection(Enumerable.Range(0, 100).Select(i => new Entity("cr_library") { ["cr_name"] = "Library " + i }).ToList()) { EntityName = "cr_library" };

            var response = (CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = targets });

            Assert.AreEqual(100, response.Ids.Length);
            Assert.AreEqual(100, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void CreateMultipleWithOneBadItem_CreatesNothing()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var targets = new EntityCollection(Enumerable.Range(0, 10).Select(i => new Entity("cr_library") { ["cr_name"] = "Library " + i, ["cr_visits"] = i == 7 ? 5000 : i }).ToList()) { EntityName = "cr_library" };

            ServiceFaults.Of(() => service.Execute(new CreateMultipleRequest { Targets = targets }));

            Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void UpdateMultiple_UpdatesEveryItem()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var ids = Enumerable.Range(0, 20).Select(i => service.Create(new Entity("cr_library") { ["cr_name"] = "Library " + i })).ToList();
            var targets = new EntityCollection(ids.Select(id => new Entity("cr_library", id) { ["cr_visits"] = 9 }).ToList()) { EntityName = "cr_library" };

            service.Execute(new UpdateMultipleRequest { Targets = targets });

            Assert.IsTrue(service.RetrieveMultiple(new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_visits") }).Entities.All(row => (int)row["cr_visits"] == 9));
        }

        [TestMethod]
        public void ItemsOfAnotherTable_AreRefused()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var targets = new EntityCollection(new[] { new Entity("cr_library") { ["cr_name"] = "A" }, new Entity("cr_book") { ["cr_name"] = "B" } }) { EntityName = "cr_library" };

            ServiceFaults.Of(() => service.Execute(new CreateMultipleRequest { Targets = targets }));

            Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }
    }
}
