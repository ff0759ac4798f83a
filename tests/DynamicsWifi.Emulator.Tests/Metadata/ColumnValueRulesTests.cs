using System;
using System.Collections.Generic;
using System.ServiceModel;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Standard;
using Microsoft.Xrm.Sdk;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    [TestClass]
    public sealed class ColumnValueRulesTests
    {
        private static readonly MetadataCatalog Catalog = new MetadataCatalog(StandardTables.All, StandardTables.Relationships);

        private static ColumnMetadata Contact(string column) => Catalog.GetColumn("contact", column);

        private static OrganizationServiceFault Fault(Action action) => Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action).Detail;

        [TestMethod]
        public void StringWithinMaxLength_IsStoredAsGiven()
        {
            Assert.AreEqual("ann@example.com", ColumnValueRules.Normalize(Contact("emailaddress1"), "ann@example.com"));
        }

        [TestMethod]
        public void StringOverMaxLength_FailsWithStringLengthTooLong()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("emailaddress1"), new string('a', 101)));

            Assert.AreEqual(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
            Assert.AreEqual(
                "A validation error occurred.  The length of the 'emailaddress1' attribute of the 'contact' entity exceeded the maximum allowed length of '100'.",
                fault.Message);
        }

        [TestMethod]
        public void EmptyString_IsStoredAsNull()
        {
            Assert.IsNull(ColumnValueRules.Normalize(Contact("firstname"), string.Empty));
        }

        [TestMethod]
        public void WrongType_FailsWithIncorrectAttributeValueType()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("firstname"), 42));

            Assert.AreEqual(ErrorCodes.IncorrectAttributeValueType, fault.ErrorCode);
            Assert.AreEqual("Invalid Attribute Value Type for firstname. Expected: System.String, Found: System.Int32", fault.Message);
        }

        [TestMethod]
        public void IntegerForAChoice_FailsWithIncorrectAttributeValueType()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("gendercode"), 1));

            Assert.AreEqual("Invalid Attribute Value Type for gendercode. Expected: Microsoft.Xrm.Sdk.OptionSetValue, Found: System.Int32", fault.Message);
        }

        [TestMethod]
        public void WholeNumberOutOfRange_FailsWithIntegerValueOutOfRange()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("timezoneruleversionnumber"), -2));

            Assert.AreEqual(ErrorCodes.IntegerValueOutOfRange, fault.ErrorCode);
            Assert.AreEqual(
                "A validation error occurred.  The value -2 of 'timezoneruleversionnumber' on record of type 'contact' is outside the valid range. Accepted Values: -1 - 2147483647",
                fault.Message);
        }

        [TestMethod]
        public void DecimalOutOfRange_FailsWithIntegerValueOutOfRange()
        {
            var column = new ColumnMetadata("cr_x", "cr_amount", ColumnType.Decimal, minValue: 0m, maxValue: 100m, precision: 2);

            var fault = Fault(() => ColumnValueRules.Normalize(column, 100.5m));

            Assert.AreEqual(ErrorCodes.IntegerValueOutOfRange, fault.ErrorCode);
            Assert.AreEqual("A validation error occurred.  The value 100.5 of 'cr_amount' on record of type 'cr_x' is outside the valid range. Accepted Values: 0 - 100", fault.Message);
        }

        [TestMethod]
        public void DecimalWithMoreDigits_IsRoundedToThePrecision()
        {
            var column = new ColumnMetadata("cr_x", "cr_amount", ColumnType.Decimal, precision: 2);

            Assert.AreEqual(12.35m, ColumnValueRules.Normalize(column, 12.345m));
        }

        [TestMethod]
        public void MoneyOutsideDataversesLimit_FailsWithIntegerValueOutOfRange()
        {
            var column = new ColumnMetadata("cr_x", "cr_price", ColumnType.Money, precision: 2);

            var fault = Fault(() => ColumnValueRules.Normalize(column, new Money(1_000_000_000_000_000m)));

            Assert.AreEqual(ErrorCodes.IntegerValueOutOfRange, fault.ErrorCode);
        }

        [TestMethod]
        public void MoneyWithinRange_IsStoredAsACopy()
        {
            var column = new ColumnMetadata("cr_x", "cr_price", ColumnType.Money, precision: 2);
            var given = new Money(9.999m);

            var stored = (Money)ColumnValueRules.Normalize(column, given)!;

            Assert.AreEqual(10.00m, stored.Value);
            Assert.AreNotSame(given, stored);
        }

        [TestMethod]
        public void FloatNotANumber_FailsWithIntegerValueOutOfRange()
        {
            var column = new ColumnMetadata("cr_x", "cr_ratio", ColumnType.Double, minValue: -1m, maxValue: 1m);

            var fault = Fault(() => ColumnValueRules.Normalize(column, double.NaN));

            Assert.AreEqual(ErrorCodes.IntegerValueOutOfRange, fault.ErrorCode);
        }

        [TestMethod]
        public void OptionNotInTheChoice_FailsWithPicklistValueOutOfRange()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("gendercode"), new OptionSetValue(3)));

            Assert.AreEqual(ErrorCodes.PicklistValueOutOfRange, fault.ErrorCode);
            Assert.AreEqual("A validation error occurred. The value 3 of 'gendercode' on record of type 'contact' is outside the valid range.", fault.Message);
        }

        [TestMethod]
        public void StatusReasonNotInTheTable_FailsWithPicklistValueOutOfRange()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("statuscode"), new OptionSetValue(3)));

            Assert.AreEqual(ErrorCodes.PicklistValueOutOfRange, fault.ErrorCode);
        }

        [TestMethod]
        public void MultiSelectWithOneBadOption_FailsWithPicklistValueOutOfRange()
        {
            var column = new ColumnMetadata("cr_x", "cr_channels", ColumnType.MultiSelectPicklist, options: new Dictionary<int, string> { [1] = "Email", [2] = "SMS" });

            var fault = Fault(() => ColumnValueRules.Normalize(column, new OptionSetValueCollection(new List<OptionSetValue> { new OptionSetValue(1), new OptionSetValue(7) })));

            Assert.AreEqual(ErrorCodes.PicklistValueOutOfRange, fault.ErrorCode);
        }

        [TestMethod]
        public void LookupToATableItCannotTarget_FailsWithInvalidArgument()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("parentcustomerid"), new EntityReference("systemuser", Guid.NewGuid())));

            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
            Assert.AreEqual("The lookup 'parentcustomerid' of entity 'contact' cannot point at entity 'systemuser'. It can point at: account, contact.", fault.Message);
        }

        [TestMethod]
        public void LookupToATarget_IsStoredWithoutItsName()
        {
            var id = Guid.NewGuid();

            var stored = (EntityReference)ColumnValueRules.Normalize(Contact("ownerid"), new EntityReference("team", id) { Name = "Sales" })!;

            Assert.AreEqual("team", stored.LogicalName);
            Assert.AreEqual(id, stored.Id);
            Assert.IsNull(stored.Name);
        }

        [TestMethod]
        public void NullInASystemRequiredColumn_FailsWithInvalidArgument()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("ownerid"), null));

            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
            Assert.AreEqual("Attribute: ownerid of entity contact cannot be set to NULL", fault.Message);
        }

        [TestMethod]
        public void NullInAnApplicationRequiredColumn_IsAllowed()
        {
            Assert.IsNull(ColumnValueRules.Normalize(Contact("lastname"), null));
        }

        [TestMethod]
        public void LocalTime_IsStoredInUtcWithoutMilliseconds()
        {
            var local = new DateTime(2026, 3, 1, 10, 30, 15, 250, DateTimeKind.Local);

            var stored = (DateTime)ColumnValueRules.Normalize(Contact("createdon"), local)!;

            Assert.AreEqual(DateTimeKind.Utc, stored.Kind);
            Assert.AreEqual(local.ToUniversalTime().AddMilliseconds(-250), stored);
        }

        [TestMethod]
        public void DateOnlyColumn_KeepsTheDateAtMidnight()
        {
            var stored = (DateTime)ColumnValueRules.Normalize(Contact("birthdate"), new DateTime(1990, 5, 17, 23, 10, 0, DateTimeKind.Utc))!;

            Assert.AreEqual(new DateTime(1990, 5, 17), stored);
        }

        [TestMethod]
        public void DateBefore1753_FailsWithInvalidDateTime()
        {
            var fault = Fault(() => ColumnValueRules.Normalize(Contact("birthdate"), new DateTime(1752, 12, 31)));

            Assert.AreEqual(ErrorCodes.InvalidDateTime, fault.ErrorCode);
            Assert.AreEqual("The date-time format is invalid, or value is outside the supported range. Attribute: 'birthdate', entity: 'contact'.", fault.Message);
        }

        [TestMethod]
        public void UnknownColumn_FailsWithQueryBuilderNoAttribute()
        {
            var values = new Dictionary<string, object?> { ["firstname"] = "Ann", ["donotsms"] = true };

            var fault = Fault(() => ColumnValueRules.NormalizeAll(Catalog, "contact", values));

            Assert.AreEqual(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
            Assert.AreEqual("'contact' entity doesn't contain attribute with Name = 'donotsms' and NameMapping = 'Logical'.", fault.Message);
        }

        [TestMethod]
        public void UnknownTable_FailsWithEntityNotExist()
        {
            var fault = Fault(() => ColumnValueRules.NormalizeAll(Catalog, "account", new Dictionary<string, object?> { ["name"] = "Contoso" }));

            Assert.AreEqual(ErrorCodes.EntityNotExist, fault.ErrorCode);
        }

        [TestMethod]
        public void EntityAttributes_AreNormalizedTogether()
        {
            var contact = new Entity("contact") { ["firstname"] = "Ann", ["donotemail"] = true, ["gendercode"] = new OptionSetValue(2) };

            var stored = ColumnValueRules.NormalizeAll(Catalog, "contact", contact.Attributes!);

            Assert.AreEqual("Ann", stored["firstname"]);
            Assert.AreEqual(true, stored["donotemail"]);
            Assert.AreEqual(new OptionSetValue(2), stored["gendercode"]);
        }
    }
}
