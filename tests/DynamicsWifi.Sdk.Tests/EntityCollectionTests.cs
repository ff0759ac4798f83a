using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class EntityCollectionTests
    {
        [TestMethod]
        public void ListConstructor_ExposesEntitiesInOrder()
        {
            var first = new Entity("contact");
            var second = new Entity("contact");

            var page = new EntityCollection(new List<Entity> { first, second });

            Assert.AreEqual(2, page.Entities.Count);
            Assert.AreSame(first, page[0]);
            Assert.AreSame(second, page[1]);
        }

        [TestMethod]
        public void ListConstructor_CopiesTheList()
        {
            var list = new List<Entity> { new Entity("contact") };
            var page = new EntityCollection(list);

            list.Add(new Entity("contact"));
            page.Entities.Add(new Entity("account"));

            Assert.AreEqual(2, page.Entities.Count);
            Assert.AreEqual("account", page[1].LogicalName);
            Assert.AreEqual("contact", list[1].LogicalName);
        }

        [TestMethod]
        public void NullList_GivesAnEmptyCollection()
        {
            var page = new EntityCollection(null);

            Assert.AreEqual(0, page.Entities.Count);
        }

        [TestMethod]
        public void NewCollection_IsEmptyWithoutMoreRecords()
        {
            var page = new EntityCollection();

            Assert.AreEqual(0, page.Entities.Count);
            Assert.IsFalse(page.MoreRecords);
            Assert.IsNull(page.PagingCookie);
        }
    }
}
