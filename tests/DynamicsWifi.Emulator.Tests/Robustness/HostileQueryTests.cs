using System;
using System.Linq;
using System.ServiceModel;
using System.Text;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>Queries a hostile caller could send: each ends with a result or Dataverse's fault, never a hang, a
    /// crash or another exception.</summary>
    [TestClass]
    public sealed class HostileQueryTests
    {
        private const uint SqlError = 0x80044150;
        private const uint InvalidArgument = 0x80040203;

        [TestMethod]
        public void LikeWithManyWildcards_EndsWithTheAnswer()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = new string('a', 50) });
            EntityCollection? found = null;

            var failure = Within.Run(() => found = service.RetrieveMultiple(Libraries(new ConditionExpression("cr_name", ConditionOperator.Like, "%a%a%a%a%a%a%a%a%a%a%a%b"))));

            Assert.IsNull(failure);
            Assert.AreEqual(0, found!.Entities.Count);
        }

        [TestMethod]
        [DataRow("[]abc", "")]
        [DataRow("[z-a]%", "")]
        [DataRow("[%]%", "%off")]
        [DataRow("[[]x]", "[x]")]
        [DataRow("a[_]b", "a_b")]
        [DataRow("[^]a", "ba")]
        [DataRow("[a", "")]
        public void LikeWithBracketPatterns_MatchesAsSqlServerDoes(string pattern, string expected)
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            foreach (var name in new[] { "%off", "[x]", "a_b", "axb", "ba", "abc" })
            {
                service.Create(new Entity("cr_library") { ["cr_name"] = name });
            }

            var names = service.RetrieveMultiple(Libraries(new ConditionExpression("cr_name", ConditionOperator.Like, pattern))).Entities
                .Select(row => row.GetAttributeValue<string>("cr_name"));

            Assert.AreEqual(expected, string.Join(",", names));
        }

        [TestMethod]
        public void FilterNestedThirtyThousandDeep_FaultsInsteadOfOverflowingTheStack()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var query = new QueryExpression("cr_library");
            var filter = query.Criteria;
            for (var level = 0; level < 30_000; level++)
            {
                var child = new FilterExpression(level % 2 == 0 ? LogicalOperator.Or : LogicalOperator.And);
                filter.AddFilter(child);
                filter = child;
            }

            filter.AddCondition("cr_name", ConditionOperator.Equal, "x");

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(query));

            Assert.AreEqual(ServiceFaults.Code(SqlError), fault.ErrorCode);
        }

        [TestMethod]
        public void FetchXmlFilterNestedThirtyThousandDeep_FaultsInsteadOfOverflowingTheStack()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var fetch = new StringBuilder("<fetch><entity name='cr_library'>");
            for (var level = 0; level < 30_000; level++)
            {
                fetch.Append("<filter type='or'>");
            }

            fetch.Append("<condition attribute='cr_name' operator='eq' value='x' />");
            for (var level = 0; level < 30_000; level++)
            {
                fetch.Append("</filter>");
            }

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(new FetchExpression(fetch.Append("</entity></fetch>").ToString())));

            Assert.AreEqual(ServiceFaults.Code(SqlError), fault.ErrorCode);
        }

        [TestMethod]
        public void FetchXmlWholeNumberBeyondInt32_FaultsNamingTheValue()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_visits"] = 3 });

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(new FetchExpression(
                "<fetch><entity name='cr_library'><filter><condition attribute='cr_visits' operator='eq' value='99999999999' /></filter></entity></fetch>")));

            Assert.AreEqual(ServiceFaults.Code(InvalidArgument), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "99999999999");
        }

        [TestMethod]
        [DataRow("last-x-days", "100000000")]
        [DataRow("next-x-days", "100000000")]
        [DataRow("olderthan-x-years", "10000")]
        [DataRow("last-x-weeks", "2147483647")]
        [DataRow("next-x-months", "-2147483648")]
        public void RelativeDateBeyondTheCalendar_FaultsNamingTheValue(string operatorName, string value)
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(new FetchExpression(
                $"<fetch><entity name='cr_library'><filter><condition attribute='createdon' operator='{operatorName}' value='{value}' /></filter></entity></fetch>")));

            Assert.AreEqual(ServiceFaults.Code(InvalidArgument), fault.ErrorCode);
            StringAssert.Contains(fault.Message, value);
        }

        [TestMethod]
        public void OnTheLastDayOfTheCalendar_IsAnswered()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            var query = Libraries(new ConditionExpression("createdon", ConditionOperator.On, DateTime.MaxValue));

            var failure = Within.Run(() => service.RetrieveMultiple(query));

            Assert.IsTrue(failure is null or FaultException<OrganizationServiceFault>, failure?.ToString());
        }

        [TestMethod]
        public void ExecuteOfNull_Faults()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Execute(null!));

            Assert.AreEqual(ServiceFaults.Code(InvalidArgument), fault.ErrorCode);
        }

        private static QueryExpression Libraries(ConditionExpression condition)
        {
            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name") };
            query.Criteria.AddCondition(condition);
            query.AddOrder("cr_name", OrderType.Ascending);
            return query;
        }
    }
}
