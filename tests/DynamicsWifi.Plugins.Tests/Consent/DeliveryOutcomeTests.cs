using DynamicsWifi.Plugins.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Consent
{
    [TestClass]
    public sealed class DeliveryOutcomeTests
    {
        [TestMethod]
        [DataRow(200, DeliveryOutcomeKind.Delivered)]
        [DataRow(202, DeliveryOutcomeKind.Delivered)]
        [DataRow(408, DeliveryOutcomeKind.Transient)]
        [DataRow(429, DeliveryOutcomeKind.Transient)]
        [DataRow(500, DeliveryOutcomeKind.Transient)]
        [DataRow(503, DeliveryOutcomeKind.Transient)]
        [DataRow(400, DeliveryOutcomeKind.Refused)]
        [DataRow(401, DeliveryOutcomeKind.Refused)]
        [DataRow(404, DeliveryOutcomeKind.Refused)]
        [DataRow(409, DeliveryOutcomeKind.Refused)]
        [DataRow(302, DeliveryOutcomeKind.Refused)]
        public void Status_MeansWhatDesignSectionFiveSays(int status, DeliveryOutcomeKind kind)
        {
            Assert.AreEqual(kind, DeliveryOutcome.OfStatus(status, null).Kind);
        }

        [TestMethod]
        public void Reason_NamesTheStatusAndItsPhrase()
        {
            Assert.AreEqual("HTTP 400 Bad Request", DeliveryOutcome.OfStatus(400, "Bad Request").Reason);
        }
    }
}
