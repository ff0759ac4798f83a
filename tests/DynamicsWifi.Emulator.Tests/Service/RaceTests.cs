using System;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>Races resolved through the organization service as Dataverse's SQL store resolves them.</summary>
    [TestClass]
    public sealed class RaceTests
    {
        private const int Racers = 16;

        [TestMethod]
        public void SixteenCreatorsOfOneKeyValue_GiveOneRowAndFifteenDuplicateKeyFaults()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);

            for (var round = 0; round < 200; round++)
            {
                var code = "K" + round;
                var start = new Barrier(Racers);
                var outcomes = Enumerable.Range(0, Racers).Select(_ => Racer(() =>
                {
                    start.SignalAndWait();
                    try
                    {
                        service.Create(new Entity("cr_library") { ["cr_name"] = "Racer", ["cr_code"] = code });
                        return 0;
                    }
                    catch (FaultException<OrganizationServiceFault> fault)
                    {
                        return fault.Detail.ErrorCode;
                    }
                })).ToArray();
                Task.WaitAll(outcomes);

                Assert.AreEqual(1, outcomes.Count(outcome => outcome.Result == 0), "round " + round);
                Assert.AreEqual(Racers - 1, outcomes.Count(outcome => outcome.Result == ServiceFaults.Code(0x80060892)), "round " + round);
            }

            Assert.AreEqual(200, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void ReadIncrementWriteWithoutTheLock_LosesUpdates()
        {
            var (emulator, counter) = Counter();

            RaceIncrements(emulator, counter, takeLockFirst: false);

            Assert.IsTrue(Visits(emulator, counter) < Racers, "a read-then-write loses updates, as in Dataverse");
        }

        [TestMethod]
        public void ReadIncrementWriteTakingTheLockFirst_KeepsEveryUpdate()
        {
            var (emulator, counter) = Counter();

            RaceIncrements(emulator, counter, takeLockFirst: true);

            Assert.AreEqual(Racers, Visits(emulator, counter));
        }

        private static (DataverseEmulator Emulator, Guid Counter) Counter()
        {
            var emulator = Emulators.Library();
            var counter = emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Counter", ["cr_visits"] = 0 });
            return (emulator, counter);
        }

        /// <summary>Each racer reads the counter and writes it plus one in one transaction; with the lock first, it writes
        /// the row before reading it, as Microsoft's auto-numbering guidance does. All reads happen before any write
        /// unless the lock serialises them (the barrier only waits for racers that got past their read).</summary>
        private static void RaceIncrements(DataverseEmulator emulator, Guid counter, bool takeLockFirst)
        {
            var readDone = new CountdownEvent(Racers);
            var racers = Enumerable.Range(0, Racers).Select(_ => Racer(() => emulator.ExecuteInTransaction(emulator.SystemAdministratorId, service =>
            {
                if (takeLockFirst)
                {
                    service.Update(new Entity("cr_library", counter) { ["cr_name"] = "Counter" });
                }

                var visits = (int)service.Retrieve("cr_library", counter, new ColumnSet("cr_visits"))["cr_visits"];
                readDone.Signal();
                if (!takeLockFirst)
                {
                    readDone.Wait();
                }

                service.Update(new Entity("cr_library", counter) { ["cr_visits"] = visits + 1 });
            }))).ToArray();
            Task.WaitAll(racers);
        }

        // A thread each: racers block on each other, and the thread pool would add threads only one by one.
        private static Task<T> Racer<T>(Func<T> race) => Task.Factory.StartNew(race, TaskCreationOptions.LongRunning);

        private static Task Racer(Action race) => Task.Factory.StartNew(race, TaskCreationOptions.LongRunning);

        private static int Visits(DataverseEmulator emulator, Guid counter) =>
            (int)emulator.CreateOrganizationService(null).Retrieve("cr_library", counter, new ColumnSet("cr_visits"))["cr_visits"];
    }
}
