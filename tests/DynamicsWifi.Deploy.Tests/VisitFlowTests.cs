using System;
using System.Linq;
using System.Text.RegularExpressions;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>The sample flow (docs/flows/welcome-back-spa.json) reads only what cr_WifiVisitRecorded carries.</summary>
    [TestClass]
    public sealed class VisitFlowTests
    {
        private const int BooleanType = 0;

        private static readonly string Flow = Repository.Read("docs", "flows", "welcome-back-spa.json");

        private static string[] FieldsTheFlowReads() =>
            Regex.Matches(Flow, @"InputParameters/(\w+)").Select(match => match.Groups[1].Value).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToArray();

        [TestMethod]
        public void FlowReads_TheEventsRoutingFields()
        {
            CollectionAssert.IsSubsetOf(new[] { "ContactId", "MarketingConsent", "ReturningGuest", "Zone" }, FieldsTheFlowReads());
        }

        [TestMethod]
        public void EveryFieldTheFlowReads_IsAParameterOfTheBusinessEvent()
        {
            var parameters = SolutionFacts.RequestParameters(Schema.Apis.VisitRecorded);

            var unknown = FieldsTheFlowReads().Where(field => !parameters.ContainsKey(field)).ToList();

            Assert.AreEqual(0, unknown.Count, "the flow reads fields cr_WifiVisitRecorded does not define: " + string.Join(", ", unknown));
        }

        [TestMethod]
        public void FieldsTheFlowComparesWithTrue_AreBooleans()
        {
            var parameters = SolutionFacts.RequestParameters(Schema.Apis.VisitRecorded);

            var compared = Regex.Matches(Flow, @"InputParameters/(\w+)'\]"", true").Select(match => match.Groups[1].Value).ToList();

            CollectionAssert.AreEquivalent(new[] { "ReturningGuest", "MarketingConsent" }, compared);
            Assert.IsTrue(compared.All(field => parameters[field] == BooleanType));
        }

        [TestMethod]
        public void RaisedEvent_CarriesEveryFieldTheFlowReads()
        {
            var service = new RecordingOrganizationService();

            new VisitEventPublisher(service).Publish(new VisitRecordedEvent(Guid.NewGuid(), Guid.NewGuid(), "Grand Hotel", "spa", returningGuest: true, visitCount: 3, marketingConsent: true));

            var raised = service.Executed.Single();
            Assert.AreEqual(Schema.Apis.VisitRecorded, raised.RequestName);
            var missing = FieldsTheFlowReads().Where(field => !raised.Parameters.ContainsKey(field)).ToList();
            Assert.AreEqual(0, missing.Count, "the plug-ins raise cr_WifiVisitRecorded without: " + string.Join(", ", missing));
            Assert.AreEqual(true, raised["ReturningGuest"]);
            Assert.AreEqual(true, raised["MarketingConsent"]);
            Assert.AreEqual("spa", raised["Zone"]);
        }
    }
}
