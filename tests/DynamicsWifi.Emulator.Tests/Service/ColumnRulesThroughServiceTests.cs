using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>What Dataverse refuses on write and query, with its error codes (DATAVERSE-FACTS.md 1.2), and nothing written.</summary>
    [TestClass]
    public sealed class ColumnRulesThroughServiceTests
    {
        [TestMethod]
        public void UnknownTable_IsRefusedWithEntityNotExist()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_nothing") { ["cr_name"] = "x" }));

            Assert.AreEqual(ServiceFaults.Code(0x8004F899), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "cr_nothing");
        }

        [TestMethod]
        public void UnknownColumn_IsRefusedWithQueryBuilderNoAttribute()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_name"] = "x", ["cr_colour"] = "red" }));

            Assert.AreEqual(ServiceFaults.Code(0x80041103), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "cr_colour");
            Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void UnknownColumnInAQuery_IsRefusedWithQueryBuilderNoAttribute()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var query = new QueryExpression("cr_library");
            query.Criteria.AddCondition("cr_colour", ConditionOperator.Equal, "red");

            var fault = ServiceFaults.Of(() => service.RetrieveMultiple(query));

            Assert.AreEqual(ServiceFaults.Code(0x80041103), fault.ErrorCode);
        }

        [TestMethod]
        public void StringOverItsMaxLength_IsRefusedWithStringLengthTooLong()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_code"] = new string('x', 21) }));

            Assert.AreEqual(ServiceFaults.Code(0x80044331), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "'cr_code' attribute of the 'cr_library' entity exceeded the maximum allowed length of '20'");
        }

        [TestMethod]
        public void ValueOfTheWrongType_IsRefusedWithIncorrectAttributeValueType()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_visits"] = "twelve" }));

            Assert.AreEqual(ServiceFaults.Code(0x80044354), fault.ErrorCode);
        }

        [TestMethod]
        public void NumberOutOfItsRange_IsRefusedWithIntegerValueOutOfRange()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_visits"] = 1001 }));

            Assert.AreEqual(ServiceFaults.Code(0x8004432F), fault.ErrorCode);
        }

        [TestMethod]
        public void ChoiceValueNotInItsOptions_IsRefusedWithPicklistValueOutOfRange()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_kind"] = new OptionSetValue(3) }));

            Assert.AreEqual(ServiceFaults.Code(0x8004431A), fault.ErrorCode);
        }

        [TestMethod]
        public void RefusedUpdate_LeavesTheRowAsItWas()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_visits"] = 5 });

            ServiceFaults.Of(() => service.Update(new Entity("cr_library", id) { ["cr_name"] = "Renamed", ["cr_visits"] = -1 }));

            var row = service.Retrieve("cr_library", id, new ColumnSet("cr_name", "cr_visits"));
            Assert.AreEqual("Central", row["cr_name"]);
            Assert.AreEqual(5, row["cr_visits"]);
        }
    }
}
