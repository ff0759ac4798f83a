using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Store.TestCatalog;

namespace DynamicsWifi.Emulator.Tests.Transactions
{
    [TestClass]
    public sealed class TransactionTests
    {
        private static readonly Guid Ann = new("00000000-0000-0000-0000-0000000000a1");
        private static readonly Guid Bob = new("00000000-0000-0000-0000-0000000000b2");

        [TestMethod]
        public void UncommittedInsert_IsVisibleToItselfOnly()
        {
            var database = Database();
            using var writer = database.Begin();
            using var other = database.Begin();

            writer.Insert(ContactRow(Ann, "email-1"));

            Assert.IsNotNull(writer.Find(Contact, Ann));
            Assert.IsNotNull(writer.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { "email-1" }));
            Assert.IsNull(other.Find(Contact, Ann));
            Assert.IsNull(other.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { "email-1" }));
            Assert.IsNull(database.Store.Find(Contact, Ann));
        }

        [TestMethod]
        public void UncommittedUpdate_LeavesOthersOnTheCommittedVersion()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1", visits: 1));
            using var writer = database.Begin();
            using var reader = database.Begin();

            writer.Update(Contact, Ann, Changes(VisitCount, 2));

            Assert.AreEqual(2, writer.Find(Contact, Ann)![VisitCount]);
            Assert.AreEqual(1, reader.Find(Contact, Ann)![VisitCount]);
            Assert.AreEqual(1, reader.Rows(Contact).Single()[VisitCount]);
        }

        [TestMethod]
        public void Commit_MakesEveryWriteVisible()
        {
            var database = Database();
            var writer = database.Begin();
            writer.Insert(ContactRow(Ann, "email-1"));
            writer.Insert(VisitRow(Guid.NewGuid(), "s-1", Ann));

            writer.Commit();

            using var reader = database.Begin();
            Assert.IsNotNull(reader.Find(Contact, Ann));
            Assert.AreEqual(1, reader.FindByIndex(Visit, VisitContact, Ann)!.Count());
            Assert.AreEqual(0, database.Locks.LockedCount);
        }

        [TestMethod]
        public void Rollback_LeavesNoTrace()
        {
            var database = Database();
            var visitId = Guid.NewGuid();
            Seed(database, ContactRow(Ann, "email-1", visits: 1), VisitRow(visitId, "s-1", Ann));
            var before = database.Store.Find(Contact, Ann)!;
            var transaction = database.Begin();
            transaction.Update(Contact, Ann, Changes(IdentityKey, "email-2", VisitCount, 9));
            transaction.Insert(ContactRow(Bob, "email-1"));
            transaction.Update(Visit, visitId, Changes(VisitContact, new EntityReference(Contact, Bob)));
            transaction.Insert(VisitRow(Guid.NewGuid(), "s-2", Bob));

            transaction.Rollback();

            var store = database.Store;
            var key = Key(store.Catalog, Contact);
            Assert.AreSame(before, store.Find(Contact, Ann));
            Assert.AreEqual(before.Version, store.Find(Contact, Ann)!.Version);
            Assert.IsNull(store.Find(Contact, Bob));
            Assert.AreEqual(Ann, store.FindByKey(Contact, key, new object?[] { "email-1" })?.Id);
            Assert.IsNull(store.FindByKey(Contact, key, new object?[] { "email-2" }));
            Assert.AreEqual(0, store.FindByIndex(Visit, VisitContact, Bob)!.Count());
            Assert.AreEqual(1, store.FindByIndex(Visit, VisitContact, Ann)!.Count());
            Assert.AreEqual(0, store.FindByIndex(Visit, SessionId, "s-2")!.Count());
            Assert.AreEqual(0, database.Locks.LockedCount);
        }

        [TestMethod]
        public void KeyChange_MovesTheIndexEntry()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var key = Key(database.Store.Catalog, Contact);
            var transaction = database.Begin();

            transaction.Update(Contact, Ann, Changes(IdentityKey, "email-2"));

            Assert.IsNull(transaction.FindByKey(Contact, key, new object?[] { "email-1" }));
            Assert.AreEqual(Ann, transaction.FindByKey(Contact, key, new object?[] { "email-2" })?.Id);
            transaction.Commit();
            Assert.IsNull(database.Store.FindByKey(Contact, key, new object?[] { "email-1" }));
            Assert.AreEqual(Ann, database.Store.FindByKey(Contact, key, new object?[] { "email-2" })?.Id);
        }

        [TestMethod]
        public void KeyPassedFromOneRowToAnother_InOneTransaction_Commits()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var transaction = database.Begin();

            transaction.Update(Contact, Ann, Changes(IdentityKey, null));
            transaction.Insert(ContactRow(Bob, "email-1"));
            transaction.Commit();

            Assert.AreEqual(Bob, database.Store.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { "email-1" })?.Id);
        }

        [TestMethod]
        public void LookupChange_MovesTheRowToItsNewParent()
        {
            var database = Database();
            var visitId = Guid.NewGuid();
            Seed(database, ContactRow(Ann, "email-1"), ContactRow(Bob, "email-2"), VisitRow(visitId, "s-1", Ann));
            var transaction = database.Begin();

            transaction.Update(Visit, visitId, Changes(VisitContact, new EntityReference(Contact, Bob)));

            Assert.AreEqual(0, transaction.FindByIndex(Visit, VisitContact, Ann)!.Count());
            Assert.AreEqual(visitId, transaction.FindByIndex(Visit, VisitContact, Bob)!.Single().Id);
            transaction.Commit();
            Assert.AreEqual(0, database.Store.FindByIndex(Visit, VisitContact, Ann)!.Count());
            Assert.AreEqual(visitId, database.Store.FindByIndex(Visit, VisitContact, Bob)!.Single().Id);
        }

        [TestMethod]
        public void Delete_RemovesTheRowFromEveryIndex()
        {
            var database = Database();
            var visitId = Guid.NewGuid();
            Seed(database, ContactRow(Ann, "email-1"), VisitRow(visitId, "s-1", Ann));
            var transaction = database.Begin();

            transaction.Delete(Visit, visitId);

            Assert.AreEqual(0, transaction.FindByIndex(Visit, VisitContact, Ann)!.Count());
            Assert.AreEqual(0, transaction.Rows(Visit).Count());
            transaction.Commit();
            Assert.IsNull(database.Store.Find(Visit, visitId));
            Assert.AreEqual(0, database.Store.FindByIndex(Visit, VisitContact, Ann)!.Count());
            Assert.AreEqual(0, database.Store.FindByIndex(Visit, SessionId, "s-1")!.Count());
        }

        [TestMethod]
        public void InsertOfAnExistingId_FailsWithDuplicateRecord()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            using var transaction = database.Begin();

            FaultAssert.Expect(ErrorCodes.DuplicateRecord, () => transaction.Insert(ContactRow(Ann, "email-2")));
        }

        [TestMethod]
        public void InsertOfATakenKeyValue_FailsWithDuplicateKeyNamingTheKey()
        {
            var database = Database();
            Seed(database, CounterRow(Ann, 1, "visits"));
            using var transaction = database.Begin();

            var fault = FaultAssert.Expect(ErrorCodes.DuplicateRecordEntityKey, () => transaction.Insert(CounterRow(Bob, 1, "VISITS")));

            StringAssert.StartsWith(fault.Message, "Entity Key cr_counter_scopename violated. A record with the same value for cr_scope, cr_name already exists.");
        }

        [TestMethod]
        public void UpdateToATakenKeyValue_FailsWithDuplicateKey()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"), ContactRow(Bob, "email-2"));
            using var transaction = database.Begin();

            FaultAssert.Expect(ErrorCodes.DuplicateRecordEntityKey, () => transaction.Update(Contact, Bob, Changes(IdentityKey, "email-1")));
        }

        [TestMethod]
        public void UpdateOfAMissingRow_FailsWithObjectDoesNotExist()
        {
            using var transaction = Database().Begin();

            FaultAssert.Expect(ErrorCodes.ObjectDoesNotExist, () => transaction.Update(Contact, Ann, Changes(VisitCount, 1)));
        }

        [TestMethod]
        public void EachCommittedWrite_RaisesTheRowVersion()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var first = database.Store.Find(Contact, Ann)!.Version;

            using (var transaction = database.Begin())
            {
                transaction.Update(Contact, Ann, Changes(VisitCount, 1));
                transaction.Commit();
            }

            Assert.IsTrue(database.Store.Find(Contact, Ann)!.Version > first);
        }

        [TestMethod]
        public void IfRowVersionMatches_WithTheCurrentVersion_Updates()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var version = database.Store.Find(Contact, Ann)!.Version;
            using var transaction = database.Begin();

            var updated = transaction.Update(Contact, Ann, Changes(VisitCount, 1), expectedVersion: version);

            Assert.AreEqual(1, updated[VisitCount]);
        }

        [TestMethod]
        public void IfRowVersionMatches_WithAStaleVersion_FailsWithConcurrencyVersionMismatch()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var stale = database.Store.Find(Contact, Ann)!.Version;
            using (var other = database.Begin())
            {
                other.Update(Contact, Ann, Changes(VisitCount, 5));
                other.Commit();
            }

            using var transaction = database.Begin();

            FaultAssert.Expect(ErrorCodes.ConcurrencyVersionMismatch, () => transaction.Update(Contact, Ann, Changes(VisitCount, 1), expectedVersion: stale));
            FaultAssert.Expect(ErrorCodes.TransactionNotStarted, () => transaction.Delete(Contact, Ann));
        }

        [TestMethod]
        public void WorkDueAfterCommit_RunsOnceTheWritesAreVisible()
        {
            var database = Database();
            var writer = database.Begin();
            writer.Insert(ContactRow(Ann, "email-1"));
            var seenAfterCommit = false;
            writer.AfterCommit(() => seenAfterCommit = database.Store.Find(Contact, Ann) != null);

            writer.Commit();

            Assert.IsTrue(seenAfterCommit);
        }

        [TestMethod]
        public void WorkDueAfterCommit_IsDroppedByARollback()
        {
            var database = Database();
            var writer = database.Begin();
            var ran = false;
            writer.AfterCommit(() => ran = true);

            writer.Rollback();

            Assert.IsFalse(ran);
        }

        [TestMethod]
        public void FailedOperation_EndsTheTransactionAndUndoesItsWrites()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));
            var transaction = database.Begin();
            transaction.Insert(ContactRow(Bob, "email-2"));

            FaultAssert.Expect(ErrorCodes.DuplicateRecordEntityKey, () => transaction.Insert(ContactRow(Guid.NewGuid(), "email-1")));

            Assert.IsTrue(transaction.IsDoomed);
            FaultAssert.Expect(ErrorCodes.TransactionNotStarted, () => transaction.Find(Contact, Ann));
            FaultAssert.Expect(ErrorCodes.TransactionNotStarted, () => transaction.Commit());
            Assert.IsNull(database.Store.Find(Contact, Bob));
            Assert.AreEqual(0, database.Locks.LockedCount);
        }

        [TestMethod]
        public void StoredValues_AreACopyTheCallerCannotChange()
        {
            var database = Database();
            var values = new Dictionary<string, object?> { [ContactId] = Ann, [VisitCount] = 1 };
            using var transaction = database.Begin();
            var stored = transaction.Insert(new Row(Contact, Ann, values, 0));

            values[VisitCount] = 99;

            Assert.AreEqual(1, stored[VisitCount]);
            Assert.ThrowsExactly<NotSupportedException>(() => ((IDictionary<string, object?>)stored.Values)[VisitCount] = 2);
        }

        [TestMethod]
        public void RowsReadAndWritten_AreCounted()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"), ContactRow(Bob, "email-2"));
            using var transaction = database.Begin();

            transaction.Find(Contact, Ann);
            transaction.Rows(Contact).ToList();
            transaction.Update(Contact, Ann, Changes(VisitCount, 1));
            transaction.Insert(VisitRow(Guid.NewGuid(), "s-1", Ann));

            Assert.AreEqual(3, transaction.RowsRead);
            Assert.AreEqual(2, transaction.RowsWritten);
        }
    }
}
