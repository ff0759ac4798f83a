using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static DynamicsWifi.Emulator.Tests.Store.TestCatalog;

namespace DynamicsWifi.Emulator.Tests.Transactions
{
    /// <summary>Races between transactions, staged so that each outcome is the one Dataverse's SQL store gives.</summary>
    [TestClass]
    public sealed class TransactionConcurrencyTests
    {
        private const int Writers = 16;
        private static readonly Guid Ann = new("00000000-0000-0000-0000-0000000000a1");
        private static readonly Guid Bob = new("00000000-0000-0000-0000-0000000000b2");

        [TestMethod]
        public void SecondWriter_WaitsThenBuildsOnTheCommittedVersion()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1", visits: 1));
            var first = database.Begin();
            var second = database.Begin();
            first.Update(Contact, Ann, Changes(VisitCount, 2));

            var finish = Concurrently.Start(() => second.Update(Contact, Ann, Changes(Email, "ann@example.com")));
            Concurrently.WaitUntil(() => database.Locks.IsWaiting(second.LockOwner));
            first.Commit();
            finish();
            second.Commit();

            var row = database.Store.Find(Contact, Ann)!;
            Assert.AreEqual(2, row[VisitCount]);
            Assert.AreEqual("ann@example.com", row[Email]);
        }

        [TestMethod]
        public void SecondWriter_AfterTheFirstRollsBack_BuildsOnTheOriginal()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1", visits: 1));
            var first = database.Begin();
            var second = database.Begin();
            first.Update(Contact, Ann, Changes(VisitCount, 2));

            var finish = Concurrently.Start(() => second.Update(Contact, Ann, Changes(Email, "ann@example.com")));
            Concurrently.WaitUntil(() => database.Locks.IsWaiting(second.LockOwner));
            first.Rollback();
            finish();
            second.Commit();

            Assert.AreEqual(1, database.Store.Find(Contact, Ann)![VisitCount]);
        }

        [TestMethod]
        public void ParallelInsertersOfOneKeyValue_GiveOneRowAndDuplicateKeyFaults()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"));

            for (var round = 0; round < 200; round++)
            {
                var sessionId = "session-" + round;

                var failures = Concurrently.Run(Writers, _ =>
                {
                    using var transaction = database.Begin();
                    transaction.Insert(VisitRow(Guid.NewGuid(), sessionId, Ann));
                    transaction.Commit();
                });

                var codes = failures.Select(FaultAssert.CodeOf).ToList();
                Assert.AreEqual(1, codes.Count(code => code == null), $"round {round}: successes");
                Assert.AreEqual(Writers - 1, codes.Count(code => code == ErrorCodes.DuplicateRecordEntityKey), $"round {round}: duplicate-key faults");
                Assert.AreEqual(1, database.Store.FindByIndex(Visit, SessionId, sessionId)!.Count(), $"round {round}: rows");
            }

            Assert.AreEqual(200, database.Store.Count(Visit));
            Assert.AreEqual(0, database.Locks.LockedCount);
        }

        [TestMethod]
        public void KeyValueHeldByATransactionThatCommits_FailsTheWaiterOnlyOnceItIsCommitted()
        {
            var (database, first, second, finish) = SecondInsertWaitingForTheFirstsKeyValue();

            Assert.IsTrue(second.State == TransactionState.Active, "SQL Server's unique index makes the second insert wait, not fail, while the first is open");
            first.Commit();

            var waiter = Assert.ThrowsExactly<AggregateException>(finish);
            Assert.AreEqual(ErrorCodes.DuplicateRecordEntityKey, FaultAssert.CodeOf(waiter.InnerException));
            Assert.IsTrue(second.IsDoomed);
            Assert.AreEqual(Ann, database.Store.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { "email-1" })?.Id);
            Assert.IsNull(database.Store.Find(Contact, Bob));
        }

        [TestMethod]
        public void KeyValueHeldByATransactionThatRollsBack_IsFreeForTheWaiter()
        {
            var (database, first, second, finish) = SecondInsertWaitingForTheFirstsKeyValue();

            first.Rollback();
            finish();
            second.Commit();

            Assert.AreEqual(Bob, database.Store.FindByKey(Contact, Key(database.Store.Catalog, Contact), new object?[] { "email-1" })?.Id);
        }

        [TestMethod]
        public void ParallelInsertersOfOneId_GiveOneRowAndDuplicateRecordFaults()
        {
            var database = Database();

            var failures = Concurrently.Run(Writers, i =>
            {
                using var transaction = database.Begin();
                transaction.Insert(ContactRow(Ann, "email-" + i));
                transaction.Commit();
            });

            Assert.AreEqual(Writers - 1, failures.Count(failure => FaultAssert.CodeOf(failure) == ErrorCodes.DuplicateRecord));
            Assert.AreEqual(1, database.Store.Count(Contact));
        }

        [TestMethod]
        public void ReadIncrementWrite_WithoutTheLockFirst_LosesUpdates()
        {
            var finals = new List<int>();

            for (var round = 0; round < 5; round++)
            {
                var database = Database();
                Seed(database, CounterRow(Ann, 1, "visits"));
                using var allHaveRead = new Barrier(Writers);

                var failures = Concurrently.Run(Writers, _ =>
                {
                    using var transaction = database.Begin();
                    var seen = (int)transaction.Find(Counter, Ann)![CounterValue]!;
                    allHaveRead.SignalAndWait();
                    transaction.Update(Counter, Ann, Changes(CounterValue, seen + 1));
                    transaction.Commit();
                });

                Assert.IsTrue(failures.All(failure => failure == null), string.Join("; ", failures.Where(failure => failure != null)));
                finals.Add((int)database.Store.Find(Counter, Ann)![CounterValue]!);
            }

            Assert.IsTrue(finals.Any(final => final < Writers), "final counts: " + string.Join(", ", finals));
        }

        [TestMethod]
        public void ReadIncrementWrite_TakingTheLockFirst_CountsEveryIncrement()
        {
            for (var round = 0; round < 5; round++)
            {
                var database = Database();
                Seed(database, CounterRow(Ann, 1, "visits"));

                var failures = Concurrently.Run(Writers, _ =>
                {
                    using var transaction = database.Begin();
                    // Microsoft's auto-numbering pattern: write the row first, so its lock orders the readers.
                    transaction.Update(Counter, Ann, Changes());
                    var seen = (int)transaction.Find(Counter, Ann)![CounterValue]!;
                    transaction.Update(Counter, Ann, Changes(CounterValue, seen + 1));
                    transaction.Commit();
                });

                Assert.IsTrue(failures.All(failure => failure == null), string.Join("; ", failures.Where(failure => failure != null)));
                Assert.AreEqual(Writers, database.Store.Find(Counter, Ann)![CounterValue], $"round {round}");
            }
        }

        [TestMethod]
        public void RowsLockedInOppositeOrders_FailOneWithTheDeadlockFault_AndTheOtherCommits()
        {
            var database = Database();
            Seed(database, ContactRow(Ann, "email-1"), ContactRow(Bob, "email-2"));
            var first = database.Begin();
            var second = database.Begin();
            first.Update(Contact, Ann, Changes(VisitCount, 1));
            second.Update(Contact, Bob, Changes(VisitCount, 2));

            var finish = Concurrently.Start(() => first.Update(Contact, Bob, Changes(VisitCount, 1)));
            Concurrently.WaitUntil(() => database.Locks.IsWaiting(first.LockOwner));
            var fault = FaultAssert.Expect(ErrorCodes.SqlError, () => second.Update(Contact, Ann, Changes(VisitCount, 2)));
            finish();
            first.Commit();

            Assert.AreEqual("Generic SQL error.", fault.Message);
            Assert.IsTrue(second.IsDoomed);
            Assert.AreEqual(1, database.Store.Find(Contact, Ann)![VisitCount]);
            Assert.AreEqual(1, database.Store.Find(Contact, Bob)![VisitCount]);
        }

        [TestMethod]
        public void WriterBlockedPastTheTimeout_FailsWithTheSqlTimeoutFault()
        {
            var database = Database(lockTimeout: TimeSpan.FromMilliseconds(50));
            Seed(database, ContactRow(Ann, "email-1"));
            using var holder = database.Begin();
            using var blocked = database.Begin();
            holder.Update(Contact, Ann, Changes(VisitCount, 1));

            FaultAssert.Expect(ErrorCodes.SqlTimeout, () => blocked.Update(Contact, Ann, Changes(VisitCount, 2)));

            Assert.IsTrue(blocked.IsDoomed);
        }

        /// <summary>Ann inserted with a key value by an open transaction, and Bob's insert of the same value by a
        /// second one, blocked on it; the action waits for Bob's insert to end.</summary>
        private static (Database Database, Transaction First, Transaction Second, Action Finish) SecondInsertWaitingForTheFirstsKeyValue()
        {
            var database = Database();
            var first = database.Begin();
            var second = database.Begin();
            first.Insert(ContactRow(Ann, "email-1"));

            var finish = Concurrently.Start(() => second.Insert(ContactRow(Bob, "email-1")));
            Concurrently.WaitUntil(() => database.Locks.IsWaiting(second.LockOwner));
            return (database, first, second, finish);
        }
    }
}
