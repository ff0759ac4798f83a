using System.Linq;
using DynamicsWifi.Emulator.Tests.Pipeline.Journaling;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static DynamicsWifi.Emulator.Tests.Pipeline.Journaling.JournalSolution;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>ExecuteMultiple as Learn describes it ("Execute multiple requests using the SDK for .NET"): each request in
    /// a transaction of its own, failures reported with their index, ContinueOnError and ReturnResponses honoured, at most
    /// 1,000 requests, no ExecuteMultiple inside, and the plug-in's transaction joined when a plug-in sends it. A
    /// journaling step on cr_member Create (pre-operation) records each request's own writes through its own service call.</summary>
    [TestClass]
    public sealed class ExecuteMultipleTests
    {
        private const int PreOperation = 20;
        private const int PostOperation = 40;
        private const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

        [TestMethod]
        public void EachRequest_CommitsOrRollsBackInItsOwnTransaction()
        {
            var emulator = With(Step(typeof(JournalingPlugin), "Create", Member, PreOperation, "member"));
            var service = emulator.CreateOrganizationService(null);

            var response = Execute(service, continueOnError: true, returnResponses: false, NewMember("a@example.com"), NewMember("a@example.com"), NewMember("b@example.com"));

            Assert.IsTrue(response.IsFaulted);
            CollectionAssert.AreEquivalent(new[] { "a@example.com", "b@example.com" }, Emails(service));
            Assert.HasCount(2, JournalOf(service), "the failed request's own journal row went back with it");
            Assert.IsTrue(JournalOf(service).All(row => (bool)row["cr_intransaction"] && (int)row["cr_depth"] == 1));
        }

        [TestMethod]
        [DataRow(true, true, new[] { 0, 1, 2, 3, 4, 5 }, new[] { 2, 4 })]
        [DataRow(false, true, new[] { 0, 1, 2 }, new[] { 2 })]
        [DataRow(true, false, new[] { 2, 4 }, new[] { 2, 4 })]
        [DataRow(false, false, new[] { 2 }, new[] { 2 })]
        public void SixRequestsWithTheThirdAndFifthFailing_ReportAsLearnsTableSays(bool continueOnError, bool returnResponses, int[] reported, int[] faulted)
        {
            var service = With().CreateOrganizationService(null);
            var taken = NewMember("taken@example.com");
            service.Execute(taken);

            var response = Execute(service, continueOnError, returnResponses,
                NewMember("1@example.com"), NewMember("2@example.com"), NewMember("taken@example.com"), NewMember("4@example.com"), NewMember("taken@example.com"), NewMember("6@example.com"));

            CollectionAssert.AreEqual(reported, response.Responses.Select(item => item.RequestIndex).ToArray());
            CollectionAssert.AreEqual(faulted, response.Responses.Where(item => item.Fault != null).Select(item => item.RequestIndex).ToArray());
            Assert.IsTrue(response.Responses.Where(item => item.Fault != null).All(item => item.Fault.ErrorCode == DuplicateRecordEntityKey && item.Response == null));
            Assert.AreEqual(returnResponses, response.Responses.Any(item => item.Response != null));
        }

        [TestMethod]
        public void StopAtTheFirstFault_LeavesTheLaterRequestsUnrun()
        {
            var service = With().CreateOrganizationService(null);

            Execute(service, continueOnError: false, returnResponses: false, NewMember("a@example.com"), NewMember("a@example.com"), NewMember("b@example.com"));

            CollectionAssert.AreEqual(new[] { "a@example.com" }, Emails(service));
        }

        [TestMethod]
        public void ReturnResponses_GivesEachRequestsResponseInOrder()
        {
            var service = With().CreateOrganizationService(null);

            var response = Execute(service, continueOnError: false, returnResponses: true, NewMember("a@example.com"), NewMember("b@example.com"));

            Assert.IsFalse(response.IsFaulted);
            var ids = response.Responses.Select(item => ((CreateResponse)item.Response).id).ToArray();
            Assert.AreEqual("a@example.com", service.Retrieve(JournalSolution.Member, ids[0], new Microsoft.Xrm.Sdk.Query.ColumnSet("cr_email"))["cr_email"]);
            Assert.AreEqual("b@example.com", service.Retrieve(JournalSolution.Member, ids[1], new Microsoft.Xrm.Sdk.Query.ColumnSet("cr_email"))["cr_email"]);
        }

        [TestMethod]
        public void MoreThanAThousandRequests_AreRefusedBeforeAnyRuns()
        {
            var service = With().CreateOrganizationService(null);
            var requests = Enumerable.Range(0, 1001).Select(index => (OrganizationRequest)NewMember(index + "@example.com")).ToArray();

            var fault = ServiceFaults.Of(() => Execute(service, continueOnError: true, returnResponses: false, requests));

            Assert.AreEqual(ServiceFaults.Code(0x80040315), fault.ErrorCode);
            Assert.AreEqual(1000, fault.ErrorDetails["MaxBatchSize"]);
            Assert.IsEmpty(Emails(service));
        }

        [TestMethod]
        public void NestedExecuteMultiple_FailsAsThatRequestOnly()
        {
            var service = With().CreateOrganizationService(null);
            var nested = Batch(continueOnError: true, returnResponses: false, NewMember("nested@example.com"));

            var response = Execute(service, continueOnError: true, returnResponses: false, NewMember("a@example.com"), nested, NewMember("b@example.com"));

            Assert.AreEqual(1, response.Responses.Single().RequestIndex);
            Assert.AreEqual(ServiceFaults.Code(0x80040315), response.Responses.Single().Fault.ErrorCode);
            CollectionAssert.AreEquivalent(new[] { "a@example.com", "b@example.com" }, Emails(service));
        }

        [TestMethod]
        public void Requests_RunAsTheCaller()
        {
            var emulator = With();
            var admin = emulator.CreateOrganizationService(emulator.SystemAdministratorId);

            var response = Execute(admin, continueOnError: false, returnResponses: true, NewMember("a@example.com"));

            var id = ((CreateResponse)response.Responses.Single().Response).id;
            var createdBy = admin.Retrieve(JournalSolution.Member, id, new Microsoft.Xrm.Sdk.Query.ColumnSet("createdby")).GetAttributeValue<EntityReference>("createdby");
            Assert.AreEqual(emulator.SystemAdministratorId, createdBy.Id);
        }

        [TestMethod]
        public void IsOneServiceCall()
        {
            var emulator = With();

            Execute(emulator.CreateOrganizationService(null), continueOnError: false, returnResponses: false, NewMember("a@example.com"), NewMember("b@example.com"));

            Assert.AreEqual("1 ExecuteMultiple", emulator.Requests.Records.Single().Calls.Single().ToString());
        }

        [TestMethod]
        public void SentByAPluginInItsTransaction_RollsBackWithIt()
        {
            var emulator = With(
                Step(typeof(BatchSendingPlugin), "Create", Visit, PostOperation, "batched", rank: 1),
                Step(typeof(JournalingPlugin), "Create", Visit, PostOperation, "post;throw", rank: 2));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity(Visit) { ["cr_name"] = "visit" }));

            StringAssert.StartsWith(fault.Message, "TEST_REFUSED: post");
            Assert.IsEmpty(JournalOf(service));
        }

        [TestMethod]
        public void SentByAPluginInItsTransaction_AFailedRequestEndsThatTransaction()
        {
            var emulator = With(Step(typeof(BatchSendingPlugin), "Create", Visit, PostOperation, "batched;duplicate"));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Create(new Entity(Visit) { ["cr_name"] = "visit" }));

            Assert.AreEqual(ServiceFaults.Code(0x8009000C), fault.ErrorCode);
            Assert.IsEmpty(JournalOf(service));
            Assert.IsEmpty(Emails(service));
            Assert.IsEmpty(Rows(service, Visit));
        }

        [TestMethod]
        public void SentByAnAsynchronousStep_EachRequestCommitsOnItsOwn()
        {
            var emulator = With(Step(typeof(BatchSendingPlugin), "Create", Visit, PostOperation, "batched;duplicate", asynchronous: true));
            var service = emulator.CreateOrganizationService(null);
            service.Create(new Entity(Visit) { ["cr_name"] = "visit" });

            emulator.RunAsyncJobs();

            Assert.AreEqual("batched", JournalOf(service).Single()["cr_name"]);
            CollectionAssert.AreEqual(new[] { "dup@example.com" }, Emails(service));
            CollectionAssert.Contains(emulator.PluginTraces.Records.Single().Lines.ToList(), "faulted=1");
        }

        internal static CreateRequest NewMember(string email) => new() { Target = new Entity(JournalSolution.Member) { ["cr_email"] = email } };

        internal static string[] Emails(IOrganizationService service) =>
            Rows(service, JournalSolution.Member, "cr_email").Select(row => (string)row["cr_email"]).ToArray();

        private static ExecuteMultipleResponse Execute(IOrganizationService service, bool continueOnError, bool returnResponses, params OrganizationRequest[] requests) =>
            (ExecuteMultipleResponse)service.Execute(Batch(continueOnError, returnResponses, requests));

        private static ExecuteMultipleRequest Batch(bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
        {
            var batch = new ExecuteMultipleRequest
            {
                Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
                Requests = new OrganizationRequestCollection(),
            };
            batch.Requests.AddRange(requests);
            return batch;
        }
    }
}
