using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    [TestClass]
    public sealed class EntityProjectorTests
    {
        private static (TestRowSource Source, Guid Id) OneContact()
        {
            var source = QueryFixture.NewSource();
            var account = source.Add("account", ("name", "Harbour Hotel")).Id;
            var id = source.Add("contact",
                ("fullname", "Ann"),
                ("emailaddress1", null),
                ("gendercode", new OptionSetValue(2)),
                ("donotemail", true),
                ("creditlimit", new Money(1234.5m)),
                ("parentcustomerid", new EntityReference("account", account)),
                ("cr_interests", new OptionSetValueCollection { new OptionSetValue(1), new OptionSetValue(3) })).Id;
            return (source, id);
        }

        private static Entity Retrieve(TestRowSource source, ColumnSet columns) =>
            source.Run(new QueryExpression("contact") { ColumnSet = columns }).Entities[0];

        [TestMethod]
        public void Entity_CarriesNameIdPrimaryKeyAndRowVersion()
        {
            var (source, id) = OneContact();

            var entity = Retrieve(source, new ColumnSet());

            Assert.AreEqual("contact", entity.LogicalName);
            Assert.AreEqual(id, entity.Id);
            Assert.AreEqual(id, entity["contactid"]);
            Assert.AreEqual(1, entity.Attributes.Count);
            Assert.IsFalse(string.IsNullOrEmpty(entity.RowVersion));
        }

        [TestMethod]
        public void NullColumns_AreLeftOut()
        {
            var (source, _) = OneContact();

            var entity = Retrieve(source, new ColumnSet("emailaddress1", "numberofchildren", "fullname"));

            Assert.IsFalse(entity.Contains("emailaddress1"));
            Assert.IsFalse(entity.Contains("numberofchildren"));
            Assert.AreEqual("Ann", entity["fullname"]);
        }

        [TestMethod]
        public void Lookup_IsNamedFromTheTargetsPrimaryName()
        {
            var (source, _) = OneContact();

            var entity = Retrieve(source, new ColumnSet("parentcustomerid"));

            Assert.AreEqual("Harbour Hotel", entity.GetAttributeValue<EntityReference>("parentcustomerid").Name);
            Assert.AreEqual("Harbour Hotel", entity.FormattedValues["parentcustomerid"]);
        }

        [TestMethod]
        public void FormattedValues_LabelChoicesBooleansAndMoney()
        {
            var (source, _) = OneContact();

            var entity = Retrieve(source, new ColumnSet(true));

            Assert.AreEqual("Female", entity.FormattedValues["gendercode"]);
            Assert.AreEqual("Yes", entity.FormattedValues["donotemail"]);
            Assert.AreEqual("$1,234.50", entity.FormattedValues["creditlimit"]);
            Assert.AreEqual("Coffee; Sport", entity.FormattedValues["cr_interests"]);
        }

        [TestMethod]
        public void FormattedValues_WriteNumbersAndDatesAsAnEnUsUserInUtc()
        {
            var source = QueryFixture.NewSource();
            source.Add("contact", ("numberofchildren", 1500), ("lastvisitedon", new DateTime(2026, 3, 18, 15, 5, 0, DateTimeKind.Utc)), ("fullname", "Ann"));

            var entity = Retrieve(source, new ColumnSet(true));

            Assert.AreEqual("1,500", entity.FormattedValues["numberofchildren"]);
            Assert.AreEqual("3/18/2026 3:05 PM", entity.FormattedValues["lastvisitedon"]);
            Assert.IsFalse(entity.FormattedValues.Contains("fullname"));
        }

        [TestMethod]
        public void ReturnedValues_AreCopiesOfTheStoredOnes()
        {
            var (source, _) = OneContact();
            var first = Retrieve(source, new ColumnSet(true));
            first.GetAttributeValue<Money>("creditlimit").Value = 0m;
            first.GetAttributeValue<OptionSetValue>("gendercode").Value = 1;
            first.GetAttributeValue<EntityReference>("parentcustomerid").Id = Guid.Empty;

            var second = Retrieve(source, new ColumnSet(true));

            Assert.AreEqual(1234.5m, second.GetAttributeValue<Money>("creditlimit").Value);
            Assert.AreEqual(2, second.GetAttributeValue<OptionSetValue>("gendercode").Value);
            Assert.AreNotEqual(Guid.Empty, second.GetAttributeValue<EntityReference>("parentcustomerid").Id);
        }

        [TestMethod]
        public void UnknownColumnInColumnSet_FailsWithNoAttribute()
        {
            var (source, _) = OneContact();

            var fault = QueryFixture.Fails(() => Retrieve(source, new ColumnSet("nosuchcolumn")));

            Assert.AreEqual(unchecked((int)0x80041103), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "nosuchcolumn");
        }
    }
}
