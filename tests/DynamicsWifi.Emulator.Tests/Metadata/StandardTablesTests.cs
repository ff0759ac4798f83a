using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Standard;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    [TestClass]
    public sealed class StandardTablesTests
    {
        private static TableMetadata Table(string name) => StandardTables.All.Single(table => table.LogicalName == name);

        [TestMethod]
        public void EveryTable_HasItsPrimaryKeyAndVersionNumber()
        {
            foreach (var table in StandardTables.All)
            {
                Assert.AreEqual(ColumnType.PrimaryKey, table.Columns[table.PrimaryIdAttribute].Type, table.LogicalName);
                Assert.AreEqual(ColumnType.BigInt, table.Columns["versionnumber"].Type, table.LogicalName);
            }
        }

        [TestMethod]
        public void UserOwnedTables_HaveTheOwnershipColumns()
        {
            foreach (var table in StandardTables.All.Where(table => table.Ownership == OwnershipType.UserOwned))
            {
                foreach (var column in new[] { "ownerid", "owneridtype", "owninguser", "owningteam", "owningbusinessunit", "createdby", "modifiedon" })
                {
                    Assert.IsTrue(table.Columns.ContainsKey(column), $"{table.LogicalName}.{column}");
                }
            }
        }

        [TestMethod]
        public void Contact_HasTheStandardColumnsTheSolutionUses()
        {
            var contact = Table("contact");

            Assert.AreEqual(50, contact.Columns["firstname"].MaxLength);
            Assert.AreEqual(50, contact.Columns["mobilephone"].MaxLength);
            Assert.AreEqual(DateTimeBehavior.DateOnly, contact.Columns["birthdate"].DateTimeBehavior);
            Assert.AreEqual(ColumnType.Boolean, contact.Columns["donotbulkemail"].Type);
            Assert.IsFalse(contact.Columns["fullname"].IsValidForCreate);
        }

        [TestMethod]
        public void AsyncOperation_HasTheSystemJobStates()
        {
            var statuses = Table("asyncoperation").Columns["statuscode"];

            CollectionAssert.AreEqual(new[] { 0, 10, 20, 21, 22, 30, 31, 32 }, statuses.Options.Keys.OrderBy(value => value).ToList());
            Assert.AreEqual(3, statuses.StatusStates[31]);
            Assert.AreEqual("Locked", Table("asyncoperation").Columns["statecode"].Options[2]);
        }

        [TestMethod]
        public void EnvironmentVariableValue_IsDeletedWithItsDefinition()
        {
            var relationship = StandardTables.Relationships.Single(candidate => candidate.ReferencedTable == "environmentvariabledefinition");

            Assert.AreEqual("environmentvariablevalue", relationship.ReferencingTable);
            Assert.AreEqual(CascadeBehavior.Cascade, relationship.CascadeDelete);
            Assert.AreEqual(2000, Table("environmentvariablevalue").Columns["value"].MaxLength);
        }

        [TestMethod]
        public void IntersectTables_HoldOnlyIdsAndVersion()
        {
            var userRoles = Table("systemuserroles");

            CollectionAssert.AreEquivalent(new[] { "systemuserroleid", "systemuserid", "roleid", "versionnumber" }, userRoles.Columns.Keys.ToList());
            Assert.AreEqual(OwnershipType.None, userRoles.Ownership);
        }
    }
}
