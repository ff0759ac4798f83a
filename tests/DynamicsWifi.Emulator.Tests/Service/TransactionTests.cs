using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    [TestClass]
    public sealed class TransactionTests
    {
        [TestMethod]
        public void FailedTransaction_LeavesNoTrace()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);
            var library = service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "C1" });
            var before = service.Retrieve("cr_library", library, new ColumnSet(true));

            Assert.ThrowsExactly<InvalidOperationException>(() => emulator.ExecuteInTransaction(emulator.SystemAdministratorId, inner =>
            {
                inner.Create(new Entity("cr_library") { ["cr_name"] = "New", ["cr_code"] = "C2" });
                inner.Update(new Entity("cr_library", library) { ["cr_name"] = "Renamed", ["cr_code"] = "C3" });
                inner.Delete("cr_library", library);
                throw new InvalidOperationException("the plug-in fails");
            }));

            var after = service.Retrieve("cr_library", library, new ColumnSet(true));
            Assert.AreEqual(before.RowVersion, after.RowVersion);
            Assert.AreEqual("Central", after["cr_name"]);
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Key values are free again", ["cr_code"] = "C2" });
        }

        [TestMethod]
        public void CaughtFailure_StillEndsTheTransactionAsDataverseDoes()
        {
            var emulator = Emulators.Library();
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "Central", ["cr_code"] = "C1" });

            var fault = ServiceFaults.Of(() => emulator.ExecuteInTransaction(emulator.SystemAdministratorId, inner =>
            {
                inner.Create(new Entity("cr_library") { ["cr_name"] = "Before" });
                try
                {
                    inner.Create(new Entity("cr_library") { ["cr_name"] = "Duplicate", ["cr_code"] = "C1" });
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
                {
                    // A plug-in that swallows a failed call and goes on.
                }
            }));

            Assert.AreEqual(ServiceFaults.Code(0x8009000C), fault.ErrorCode);
            Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }

        [TestMethod]
        public void CallAfterACaughtFailure_IsRefusedWithTransactionNotStarted()
        {
            var emulator = Emulators.Library();
            OrganizationServiceFault? later = null;

            ServiceFaults.Of(() => emulator.ExecuteInTransaction(emulator.SystemAdministratorId, inner =>
            {
                try
                {
                    inner.Retrieve("cr_library", Guid.NewGuid(), new ColumnSet(true));
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
                {
                }

                later = ServiceFaults.Of(() => inner.Create(new Entity("cr_library") { ["cr_name"] = "After" }));
            }));

            Assert.AreEqual(ServiceFaults.Code(0x80040251), later!.ErrorCode);
        }

        [TestMethod]
        public void UncommittedWrites_AreInvisibleToOtherCallers()
        {
            var emulator = Emulators.Library();
            var outside = emulator.CreateOrganizationService(null);
            var seenOutside = -1;
            var seenInside = -1;

            emulator.ExecuteInTransaction(emulator.SystemAdministratorId, inner =>
            {
                inner.Create(new Entity("cr_library") { ["cr_name"] = "Pending" });
                seenInside = inner.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count;
                seenOutside = outside.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count;
            });

            Assert.AreEqual(1, seenInside);
            Assert.AreEqual(0, seenOutside);
            Assert.AreEqual(1, outside.RetrieveMultiple(new QueryExpression("cr_library")).Entities.Count);
        }
    }
}
