using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static DynamicsWifi.Emulator.Tests.Pipeline.Journaling.JournalSolution;
using static DynamicsWifi.Emulator.Tests.Service.ExecuteMultipleTests;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>ExecuteTransaction as Learn describes it ("Execute messages in a single database transaction"): all its
    /// requests in one transaction, responses in order, and on a failure everything rolled back and the failing request's
    /// index named in an ExecuteTransactionFault. A journaling step on cr_member Create (post-operation) writes through its
    /// own service call, in the same transaction.</summary>
    [TestClass]
    public sealed class ExecuteTransactionTests
    {
        private const int PostOperation = 40;
        private const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

        [TestMethod]
        public void AllRequests_CommitTogetherWithResponsesInOrder()
        {
            var service = With(Step(typeof(Pipeline.Journaling.JournalingPlugin), "Create", Member, PostOperation, "member")).CreateOrganizationService(null);

            var response = Execute(service, returnResponses: true, NewMember("a@example.com"), NewMember("b@example.com"));

            var ids = response.Responses.Select(item => ((CreateResponse)item).id).ToArray();
            Assert.HasCount(2, ids);
            Assert.AreEqual("a@example.com", service.Retrieve(Member, ids[0], new Microsoft.Xrm.Sdk.Query.ColumnSet("cr_email"))["cr_email"]);
            Assert.AreEqual("b@example.com", service.Retrieve(Member, ids[1], new Microsoft.Xrm.Sdk.Query.ColumnSet("cr_email"))["cr_email"]);
            Assert.HasCount(2, JournalOf(service));
        }

        [TestMethod]
        public void AFailingRequest_RollsEverythingBackAndNamesItsIndex()
        {
            var service = With(Step(typeof(Pipeline.Journaling.JournalingPlugin), "Create", Member, PostOperation, "member")).CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => Execute(service, returnResponses: true, NewMember("a@example.com"), NewMember("b@example.com"), NewMember("a@example.com")));

            Assert.IsInstanceOfType<ExecuteTransactionFault>(fault);
            Assert.AreEqual(2, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
            Assert.AreEqual(DuplicateRecordEntityKey, fault.ErrorCode);
            Assert.IsEmpty(Emails(service));
            Assert.IsEmpty(JournalOf(service));
        }

        [TestMethod]
        public void ResponsesNotAskedFor_AreNotReturned()
        {
            var service = With().CreateOrganizationService(null);

            var response = Execute(service, returnResponses: null, NewMember("a@example.com"));

            Assert.IsEmpty(response.Responses);
            CollectionAssert.AreEqual(new[] { "a@example.com" }, Emails(service));
        }

        [TestMethod]
        [DataRow("ExecuteMultiple")]
        [DataRow("ExecuteTransaction")]
        public void ABatchAmongTheRequests_IsRefusedBeforeAnyRuns(string nested)
        {
            var service = With().CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => Execute(service, returnResponses: false, NewMember("a@example.com"), new OrganizationRequest(nested)));

            Assert.AreEqual(1, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
            Assert.AreEqual(ServiceFaults.Code(0x80040315), fault.ErrorCode);
            Assert.IsEmpty(Emails(service));
        }

        [TestMethod]
        public void InsideExecuteMultiple_FailsAsOneRequestAndRollsBackOnlyItself()
        {
            var service = With().CreateOrganizationService(null);
            var transaction = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection { NewMember("b@example.com"), NewMember("a@example.com") } };
            var batch = new ExecuteMultipleRequest
            {
                Settings = new ExecuteMultipleSettings { ContinueOnError = true },
                Requests = new OrganizationRequestCollection { NewMember("a@example.com"), transaction, NewMember("c@example.com") },
            };

            var response = (ExecuteMultipleResponse)service.Execute(batch);

            var failed = response.Responses.Single();
            Assert.AreEqual(1, failed.RequestIndex);
            Assert.AreEqual(1, ((ExecuteTransactionFault)failed.Fault).FaultedRequestIndex);
            CollectionAssert.AreEquivalent(new[] { "a@example.com", "c@example.com" }, Emails(service));
        }

        private static ExecuteTransactionResponse Execute(IOrganizationService service, bool? returnResponses, params OrganizationRequest[] requests)
        {
            var request = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection() };
            if (returnResponses.HasValue)
            {
                request.ReturnResponses = returnResponses;
            }

            request.Requests.AddRange(requests);
            return (ExecuteTransactionResponse)service.Execute(request);
        }
    }
}
