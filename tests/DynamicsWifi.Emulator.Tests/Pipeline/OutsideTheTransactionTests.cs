using System;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.Tests.Pipeline.Journaling;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static DynamicsWifi.Emulator.Tests.Pipeline.Journaling.JournalSolution;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>An asynchronous step, and a PreValidation step of an operation no transaction is open for, have no
    /// transaction of their own: each service call they make commits on its own, a later failure undoes none of it, and a
    /// failed call there dooms nothing (Learn, "Scalable customization design: database transactions", summary table;
    /// DATAVERSE-FACTS.md 2.1). An operation sent from inside a transaction runs in it from PreValidation on.</summary>
    [TestClass]
    public sealed class OutsideTheTransactionTests
    {
        private const int PreValidation = 10;
        private const int PostOperation = 40;

        [TestMethod]
        public void FirstOperationPreValidationWrite_StaysWhenAPostOperationStepFails()
        {
            var emulator = With(
                Step(typeof(JournalingPlugin), "Create", Visit, PreValidation, "validation"),
                Step(typeof(JournalingPlugin), "Create", Visit, PostOperation, "post;throw"));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" }));

            StringAssert.StartsWith(fault.Message, "TEST_REFUSED: post");
            var journal = JournalOf(service).Single();
            Assert.AreEqual("validation", journal["cr_name"]);
            Assert.IsFalse((bool)journal["cr_intransaction"]);
            Assert.IsEmpty(Rows(service, Visit), "the main operation is rolled back");
        }

        [TestMethod]
        public void FirstOperationPreValidationWrite_StaysWhenItsOwnStepThenFails()
        {
            var emulator = With(Step(typeof(JournalingPlugin), "Create", Visit, PreValidation, "validation;throw"));
            var service = emulator.CreateOrganizationService(null);

            ServiceFaults.Of(() => service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" }));

            Assert.AreEqual("validation", JournalOf(service).Single()["cr_name"]);
            Assert.IsEmpty(Rows(service, Visit));
        }

        [TestMethod]
        public void FirstOperationPreValidation_CatchesADuplicateKeyReadsTheRowAndTheRequestSucceeds()
        {
            var emulator = With(Step(typeof(MemberDedupePlugin), "Create", Visit, PreValidation));
            var service = emulator.CreateOrganizationService(null);
            var member = service.Create(new Entity(Member) { ["cr_email"] = "ann@example.com" });

            var visit = service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" });

            Assert.AreEqual(member, service.Retrieve(Visit, visit, new ColumnSet("cr_memberid")).GetAttributeValue<EntityReference>("cr_memberid").Id);
            Assert.HasCount(1, Rows(service, Member));
        }

        [TestMethod]
        public void CustomApiPreValidation_CatchesADuplicateKeyReadsTheRowAndTheCallSucceeds()
        {
            var emulator = With(Step(typeof(MemberDedupePlugin), JoinMember, string.Empty, PreValidation));
            var service = emulator.CreateOrganizationService(null);

            var first = service.Execute(new OrganizationRequest(JoinMember) { ["Email"] = "ann@example.com" });
            var second = service.Execute(new OrganizationRequest(JoinMember) { ["Email"] = "ann@example.com" });

            Assert.AreEqual(first["MemberId"], second["MemberId"]);
            Assert.HasCount(1, Rows(service, Member));
        }

        [TestMethod]
        public void ParallelCallsForOneNewKey_AllSucceedWithOneRow()
        {
            var emulator = With(Step(typeof(MemberDedupePlugin), JoinMember, string.Empty, PreValidation));
            var service = emulator.CreateOrganizationService(null);

            var ids = new Guid[16];
            Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
                ids[i] = (Guid)service.Execute(new OrganizationRequest(JoinMember) { ["Email"] = "racing@example.com" })["MemberId"]);

            Assert.HasCount(1, ids.Distinct().ToList());
            Assert.AreEqual(ids[0], Rows(service, Member).Single().Id);
        }

        [TestMethod]
        public void PreValidationOfAnOperationAPluginSends_RunsInItsTransaction()
        {
            var emulator = With(
                Step(typeof(JoinMemberCallingPlugin), "Create", Visit, PostOperation),
                Step(typeof(JournalingPlugin), JoinMember, string.Empty, PreValidation, "api-validation"));
            var service = emulator.CreateOrganizationService(null);

            service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" });

            var journal = JournalOf(service).Single();
            Assert.IsTrue((bool)journal["cr_intransaction"]);
            Assert.AreEqual(2, journal["cr_depth"]);
        }

        [TestMethod]
        public void PreValidationOfAnOperationAPluginSends_IsRolledBackWithTheRequest()
        {
            var emulator = With(
                Step(typeof(JoinMemberCallingPlugin), "Create", Visit, PostOperation),
                Step(typeof(JournalingPlugin), JoinMember, string.Empty, PreValidation, "api-validation"),
                Step(typeof(JournalingPlugin), "Create", Visit, PostOperation, "post;throw", rank: 2));
            var service = emulator.CreateOrganizationService(null);

            ServiceFaults.Of(() => service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" }));

            Assert.IsEmpty(JournalOf(service));
            Assert.IsEmpty(Rows(service, Member));
        }

        [TestMethod]
        public void DuplicateKeyInAPreValidationInsideATransaction_StillEndsTheTransaction()
        {
            var emulator = With(
                Step(typeof(JoinMemberCallingPlugin), "Create", Visit, PostOperation),
                Step(typeof(MemberDedupePlugin), JoinMember, string.Empty, PreValidation));
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity(Member) { ["cr_email"] = "ann@example.com" });

            var fault = ServiceFaults.Of(() => service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" }));

            Assert.AreEqual(ServiceFaults.Code(0x80040251), fault.ErrorCode, "the read after the caught failure finds the transaction ended (TransactionNotStarted)");
            Assert.IsEmpty(Rows(service, Visit));
        }

        [TestMethod]
        public void AsyncStepWritingThenAskingForRetry_KeepsTheWritesOfEveryAttempt()
        {
            var emulator = With(Step(typeof(JournalingPlugin), "Create", Visit, PostOperation, "async;retry", asynchronous: true));
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" });

            var ran = emulator.RunAsyncJobs();

            Assert.AreEqual(4, ran);
            var journal = JournalOf(service);
            Assert.HasCount(4, journal);
            Assert.IsTrue(journal.All(row => !(bool)row["cr_intransaction"]));
            var job = Rows(service, "asyncoperation", "statuscode", "retrycount").Single();
            Assert.AreEqual(31, job.GetAttributeValue<OptionSetValue>("statuscode").Value);
            Assert.AreEqual(4, job["retrycount"]);
        }

        [TestMethod]
        public void AsyncStepWritingThenFailing_KeepsItsWrite()
        {
            var emulator = With(Step(typeof(JournalingPlugin), "Create", Visit, PostOperation, "async;throw", asynchronous: true));
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity(Visit) { ["cr_name"] = "ann@example.com" });

            emulator.RunAsyncJobs();

            Assert.AreEqual("async", JournalOf(service).Single()["cr_name"]);
            Assert.AreEqual(31, Rows(service, "asyncoperation", "statuscode").Single().GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        private static System.Collections.Generic.IList<Entity> JournalOf(IOrganizationService service) =>
            Rows(service, Journal, "cr_name", "cr_stage", "cr_depth", "cr_intransaction");

        private static System.Collections.Generic.IList<Entity> Rows(IOrganizationService service, string table, params string[] columns) =>
            service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(columns) }).Entities;
    }
}
