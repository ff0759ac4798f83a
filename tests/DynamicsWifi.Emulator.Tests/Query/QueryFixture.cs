using System;
using System.ServiceModel;
using DynamicsWifi.Emulator.Query;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>Runs queries against a test row source at a fixed moment (Wednesday 18 March 2026, 15:30 UTC) as a
    /// fixed caller.</summary>
    internal static class QueryFixture
    {
        public static readonly DateTime Now = new DateTime(2026, 3, 18, 15, 30, 0, DateTimeKind.Utc);

        public static readonly Guid Caller = new Guid("11111111-1111-1111-1111-111111111111");

        public static TestRowSource NewSource() => new TestRowSource(TestCatalog.Instance);

        public static EntityCollection Run(this TestRowSource source, QueryBase query) =>
            QueryExecutor.RetrieveMultiple(query, source, TestCatalog.Instance, new QueryContext(Caller, Now));

        public static EntityCollection Fetch(this TestRowSource source, string fetchXml) => source.Run(new FetchExpression(fetchXml));

        public static OrganizationServiceFault Fails(Action action)
        {
            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
            return fault.Detail;
        }

        /// <summary>Names of the contacts a condition on contact selects, in name order.</summary>
        public static string Names(this EntityCollection result, string column = "fullname") =>
            string.Join(",", System.Linq.Enumerable.Select(result.Entities, entity => entity.GetAttributeValue<string>(column)));

        public static QueryExpression Contacts(ConditionExpression condition)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.Criteria.AddCondition(condition);
            query.AddOrder("fullname", OrderType.Ascending);
            return query;
        }
    }
}
