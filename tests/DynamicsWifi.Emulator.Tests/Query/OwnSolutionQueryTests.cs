using System;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Query;
using DynamicsWifi.Emulator.Tests.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>Queries over the catalog read from our own Solution/: the contact identity key as the plug-ins query it.</summary>
    [TestClass]
    public sealed class OwnSolutionQueryTests
    {
        private static readonly Lazy<MetadataCatalog> Catalog = new Lazy<MetadataCatalog>(() => SolutionMetadataReader.Read(SolutionSamples.OwnSolution));

        private static EntityCollection Run(TestRowSource source, QueryBase query) =>
            QueryExecutor.RetrieveMultiple(query, source, Catalog.Value, new QueryContext(QueryFixture.Caller, QueryFixture.Now));

        [TestMethod]
        public void ContactByIdentityKey_IsFoundThroughTheKeyIndex()
        {
            var source = new TestRowSource(Catalog.Value);
            source.Add("contact", ("fullname", "Ann"), ("cr_wifi_identitykey", "email:ann@example.com"), ("cr_wifi_visit_count", 3));
            source.Add("contact", ("fullname", "Bob"), ("cr_wifi_identitykey", "email:bob@example.com"), ("cr_wifi_visit_count", 1));
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname", "cr_wifi_visit_count"), TopCount = 2 };
            query.Criteria.AddCondition("cr_wifi_identitykey", ConditionOperator.Equal, "EMAIL:ANN@EXAMPLE.COM");

            var result = Run(source, query);

            Assert.AreEqual("Ann", result.Names());
            Assert.AreEqual(3, result.Entities[0]["cr_wifi_visit_count"]);
            Assert.AreEqual(0, source.Scans);
        }

        [TestMethod]
        public void AggregateOverSolutionColumns_SumsVisitCounts()
        {
            var source = new TestRowSource(Catalog.Value);
            source.Add("contact", ("fullname", "Ann"), ("cr_wifi_visit_count", 3));
            source.Add("contact", ("fullname", "Bob"), ("cr_wifi_visit_count", 4));

            var result = Run(source, new FetchExpression("<fetch aggregate='true'><entity name='contact'><attribute name='cr_wifi_visit_count' alias='visits' aggregate='sum' /></entity></fetch>"));

            Assert.AreEqual(7, ((AliasedValue)result.Entities[0]["visits"]).Value);
        }
    }
}
