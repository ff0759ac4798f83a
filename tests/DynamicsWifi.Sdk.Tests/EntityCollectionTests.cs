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
        public void NewCollection_IsEmptyWithoutMoreRecords()
        {
            var page = new EntityCollection();

            Assert.AreEqual(0, page.Entities.Count);
            Assert.IsFalse(page.MoreRecords);
            Assert.IsNull(page.PagingCookie);
        }
    }
}
