using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Sdk.Tests.Messages
{
    [TestClass]
    public sealed class CreateMultipleResponseTests
    {
        [TestMethod]
        public void IdsResult_ReadsAsIds()
        {
            var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
            var response = new CreateMultipleResponse { ["Ids"] = ids };

            CollectionAssert.AreEqual(ids, response.Ids);
        }
    }
}
