using System;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Tests.Transactions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Store.TestCatalog;

namespace DynamicsWifi.Emulator.Tests.Store
{
    [TestClass]
    public sealed class DataStoreTests
    {
        private static readonly Guid Ann = new("00000000-0000-0000-0000-0000000000a1");
        private static readonly Guid Bob = new("00000000-0000-0000-0000-0000000000b2");

        [TestMethod]
        public void CommittedRow_IsFoundByIdKeyAndLookup()
        {
            var database = Database();
            var visitId = Guid.NewGuid();
            Seed(database, ContactRow(Ann, "email-1"), VisitRow(visitId, "s-1", Ann));
            var store = database.Store;

            var byId = store.Find(Contact, Ann);
            var byKey = store.FindByKey(Contact, Key(store.Catalog, Contact), new object?[] { "email-1" });
            var byKeyColumn = store.FindByIndex(Visit, SessionId, "s-1");
            var children = store.FindByIndex(Visit, VisitContact, new EntityReference(Contact, Ann));

            Assert.AreEqual(Ann, byId?.Id);
            Assert.AreEqual(Ann, byKey?.Id);
            CollectionAssert.AreEqual(new[] { visitId }, byKeyColumn!.Select(row => row.Id).ToArray());
            CollectionAssert.AreEqual(new[] { visitId }, children!.Select(row => row.Id).ToArray());
        }

        [TestMethod]
        public void KeyLookup_IgnoresCaseAndTrailingSpaces()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "Email-ABC"));

            var found = database.Store.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { "email-abc " });

            Assert.AreEqual(Ann, found?.Id);
        }

        [TestMethod]
        public void RowsWithoutKeyValues_AreNotIndexedAndDoNotCollide()
        {
            var database = Database();

            Seed(database, ContactRow(Ann, null), ContactRow(Bob, null));

            Assert.AreEqual(2, database.Store.Count(Contact));
            Assert.IsNull(database.Store.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { null }));
        }

        [TestMethod]
        public void UnindexedColumn_HasNoIndexAnswer()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));

            var found = database.Store.FindByIndex(Contact, Email, "ann@example.com");

            Assert.IsNull(found);
        }

        [TestMethod]
        public void ValueOfAnotherKind_HasNoIndexAnswer()
        {
            var database = Database();
            Seed(database, VisitRow(Guid.NewGuid(), "s-1", Ann));

            Assert.IsNull(database.Store.FindByIndex(Visit, SessionId, 42));
            Assert.IsNull(database.Store.FindByIndex(Visit, VisitContact, "not a guid"));
        }

        [TestMethod]
        public void PrimaryKeyColumn_IsAnsweredFromTheRows()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));

            var found = database.Store.FindByIndex(Contact, ContactId, Ann.ToString());

            CollectionAssert.AreEqual(new[] { Ann }, found!.Select(row => row.Id).ToArray());
        }

        [TestMethod]
        public void Scan_IsASnapshotUnchangedByLaterCommits()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var scan = database.Store.Rows(Contact);

            Seed(database, ContactRow(Bob, "email-2"));

            Assert.AreEqual(1, scan.Count());
            Assert.AreEqual(2, database.Store.Rows(Contact).Count());
        }

        [TestMethod]
        public void UnknownTable_FailsWithEntityDoesNotExist()
        {
            var database = Database();

            FaultAssert.Expect(ErrorCodes.EntityNotExist, () => database.Store.Find("account", Ann));
        }
    }
}
