using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Sdk.Tests.Query
{
    [TestClass]
    public sealed class PagingInfoTests
    {
        [TestMethod]
        public void NewPagingInfo_AsksForNoPage()
        {
            var paging = new PagingInfo();

            Assert.AreEqual(0, paging.PageNumber);
            Assert.AreEqual(0, paging.Count);
            Assert.IsNull(paging.PagingCookie);
            Assert.IsFalse(paging.ReturnTotalRecordCount);
        }

        [TestMethod]
        public void Properties_KeepWhatIsSet()
        {
            var paging = new PagingInfo { PageNumber = 2, Count = 50, PagingCookie = "<cookie page=\"1\" />", ReturnTotalRecordCount = true };

            Assert.AreEqual(2, paging.PageNumber);
            Assert.AreEqual(50, paging.Count);
            Assert.AreEqual("<cookie page=\"1\" />", paging.PagingCookie);
            Assert.IsTrue(paging.ReturnTotalRecordCount);
        }
    }
}
