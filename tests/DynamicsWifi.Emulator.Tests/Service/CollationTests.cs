using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>One text comparison for keys and queries, the organization's collation
    /// (learn.microsoft.com/power-platform/admin/language-collations): English is case- and accent-insensitive.</summary>
    [TestClass]
    public sealed class CollationTests
    {
        private const uint DuplicateRecordEntityKey = 0x80060892;

        [TestMethod]
        public void KeyValueDifferingOnlyInCaseAndAccents_IsADuplicate()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(Library("Café"));

            var fault = ServiceFaults.Of(() => service.Create(Library("CAFE")));

            Assert.AreEqual(ServiceFaults.Code(DuplicateRecordEntityKey), fault.ErrorCode);
        }

        [TestMethod]
        public void OneValue_MatchesTheSameRowsByKeyAndByQuery()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(Library("café"));
            TryCreate(service, Library("cafe\u0301"));

            var byKey = ((RetrieveResponse)service.Execute(new RetrieveRequest
            {
                Target = new EntityReference("cr_library", "cr_code", "CAFÉ"),
                ColumnSet = new ColumnSet("cr_code"),
            })).Entity.Id;
            var byQuery = Scan(service, ConditionOperator.Equal, "CAFÉ");

            CollectionAssert.AreEqual(new[] { byKey }, byQuery);
        }

        [TestMethod]
        public void Like_IgnoresCaseAndAccents()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(Library("Crème Brûlée"));

            var found = Scan(service, ConditionOperator.Like, "%CREME BRU%");

            CollectionAssert.AreEqual(new[] { id }, found);
        }

        [TestMethod]
        public void Ordering_IgnoresCaseAndAccents()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            foreach (var code in new[] { "fig", "Éclair", "date", "Apple" })
            {
                service.Create(Library(code));
            }

            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_code") };
            query.AddOrder("cr_code", OrderType.Ascending);
            var codes = service.RetrieveMultiple(query).Entities.Select(row => row.GetAttributeValue<string>("cr_code")).ToArray();

            CollectionAssert.AreEqual(new[] { "Apple", "date", "Éclair", "fig" }, codes);
        }

        [TestMethod]
        public void AccentSensitiveOrganization_KeepsAccentedKeysApart()
        {
            var emulator = DataverseEmulator.FromSolution(LibrarySolution.Path, typeof(CollationTests).Assembly, TextCollation.CaseInsensitiveAccentSensitive);
            var service = emulator.CreateOrganizationService(null);
            var accented = service.Create(Library("Café"));
            service.Create(Library("Cafe"));

            var found = Scan(service, ConditionOperator.Equal, "CAFÉ");

            CollectionAssert.AreEqual(new[] { accented }, found);
        }

        private static Entity Library(string code) => new Entity("cr_library") { ["cr_name"] = code, ["cr_code"] = code };

        private static void TryCreate(IOrganizationService service, Entity row)
        {
            try
            {
                service.Create(row);
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == ServiceFaults.Code(DuplicateRecordEntityKey))
            {
                // Refused as a duplicate: the agreement below is what matters.
            }
        }

        // An Or filter keeps the query off the key's index, so the rows are compared one by one.
        private static System.Guid[] Scan(IOrganizationService service, ConditionOperator op, string value)
        {
            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_code") };
            var either = query.Criteria.AddFilter(LogicalOperator.Or);
            either.AddCondition("cr_code", op, value);
            either.AddCondition("cr_name", ConditionOperator.Equal, "no such name");
            return service.RetrieveMultiple(query).Entities.Select(row => row.Id).ToArray();
        }
    }
}
