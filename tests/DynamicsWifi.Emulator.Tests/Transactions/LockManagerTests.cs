using System;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Transactions
{
    [TestClass]
    public sealed class LockManagerTests
    {
        private static readonly LockResource A = LockResource.Row("contact", new Guid("00000000-0000-0000-0000-00000000000a"));
        private static readonly LockResource B = LockResource.Row("contact", new Guid("00000000-0000-0000-0000-00000000000b"));
        private static readonly LockResource C = LockResource.Row("contact", new Guid("00000000-0000-0000-0000-00000000000c"));

        [TestMethod]
        public void HolderAskingAgain_KeepsItsLock()
        {
            var locks = new LockManager();
            var owner = new LockOwner("t1");

            locks.Acquire(owner, A);
            locks.Acquire(owner, A);

            Assert.AreEqual(1, locks.LockedCount);
        }

        [TestMethod]
        public void ReleasedLock_GoesToWaitersInArrivalOrder()
        {
            var locks = new LockManager();
            var holder = new LockOwner("holder");
            var early = new LockOwner("early");
            var late = new LockOwner("late");
            locks.Acquire(holder, A);
            var finishEarly = Concurrently.Start(() => locks.Acquire(early, A));
            Concurrently.WaitUntil(() => locks.IsWaiting(early));
            var finishLate = Concurrently.Start(() => locks.Acquire(late, A));
            Concurrently.WaitUntil(() => locks.IsWaiting(late));

            locks.ReleaseAll(holder);
            finishEarly();

            Assert.IsTrue(locks.IsWaiting(late));
            locks.ReleaseAll(early);
            finishLate();
            locks.ReleaseAll(late);
            Assert.AreEqual(0, locks.LockedCount);
        }

        [TestMethod]
        public void WaitClosingACycleOfThree_FailsWithTheDeadlockFault()
        {
            var locks = new LockManager();
            var t1 = new LockOwner("t1");
            var t2 = new LockOwner("t2");
            var t3 = new LockOwner("t3");
            locks.Acquire(t1, A);
            locks.Acquire(t2, B);
            locks.Acquire(t3, C);
            var finish1 = Concurrently.Start(() => locks.Acquire(t1, B));
            Concurrently.WaitUntil(() => locks.IsWaiting(t1));
            var finish2 = Concurrently.Start(() => locks.Acquire(t2, C));
            Concurrently.WaitUntil(() => locks.IsWaiting(t2));

            FaultAssert.Expect(ErrorCodes.SqlError, () => locks.Acquire(t3, A));

            locks.ReleaseAll(t3);
            finish2();
            locks.ReleaseAll(t2);
            finish1();
            locks.ReleaseAll(t1);
            Assert.AreEqual(0, locks.LockedCount);
        }

        [TestMethod]
        public void WaitLongerThanTheTimeout_FailsWithTheSqlTimeoutFault_AndLeavesNoWaiter()
        {
            var locks = new LockManager(TimeSpan.FromMilliseconds(20));
            var holder = new LockOwner("holder");
            var waiter = new LockOwner("waiter");
            locks.Acquire(holder, A);

            FaultAssert.Expect(ErrorCodes.SqlTimeout, () => locks.Acquire(waiter, A));

            Assert.IsFalse(locks.IsWaiting(waiter));
            locks.ReleaseAll(holder);
            Assert.AreEqual(0, locks.LockedCount);
        }

        [TestMethod]
        public void KeyValueLocks_CompareAsTheKeyIndexDoes()
        {
            var locks = new LockManager(TimeSpan.FromMilliseconds(20));
            var first = new LockOwner("first");
            var second = new LockOwner("second");
            locks.Acquire(first, LockResource.Key("contact", "cr_contact_wifiidentity", KeyTuple.FromOrdered(new object?[] { "Email-1" }, TextCollation.CaseAndAccentInsensitive)!));

            FaultAssert.Expect(
                ErrorCodes.SqlTimeout,
                () => locks.Acquire(second, LockResource.Key("contact", "cr_contact_wifiidentity", KeyTuple.FromOrdered(new object?[] { "email-1" }, TextCollation.CaseAndAccentInsensitive)!)));
        }
    }
}
